"""Local stand-ins for AWS in tests: moto's S3 server and our Amazon Translate double (``server.py``)."""
