"""moto's S3 server and the Amazon Translate double in a process of their own, as AWS is in use:
their work (parsing an uploaded TMX, say) must not hold the GIL of the process being timed.

Run as a script it starts both, prints their endpoints as one JSON line, and stops when its
standard input closes.  ``doubles_in_child()`` does that from a benchmark.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "AWS_DEFAULT_REGION": "us-east-1"}


def serve() -> None:
    sys.path.insert(0, str(REPO))  # tests.aws_double
    os.environ.update(CREDENTIALS)
    import boto3
    from moto.server import ThreadedMotoServer

    from tests.aws_double.server import TranslateDouble

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    s3_endpoint = f"http://{host}:{port}"
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    s3.create_bucket(Bucket="bench")
    double = TranslateDouble(s3).start()
    print(json.dumps({"s3": s3_endpoint, "translate": double.endpoint}), flush=True)
    sys.stdin.read()  # until the benchmark closes the pipe
    double.stop()
    server.stop()


@contextlib.contextmanager
def doubles_in_child() -> Iterator[dict[str, str]]:
    child = subprocess.Popen(
        [sys.executable, __file__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **CREDENTIALS},
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        yield json.loads(child.stdout.readline())
    finally:
        child.stdin.close()
        child.wait(30)


if __name__ == "__main__":
    serve()
