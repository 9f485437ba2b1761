"""AWS failures as messages a translator can act on.  botocore's messages carry no secret keys."""

from __future__ import annotations

from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    EndpointConnectionError,
    NoCredentialsError,
    PartialCredentialsError,
)

from amts_gui.engines.amazon.retry import error_code
from amts_gui.engines.base import EngineError, ServiceUnusable

_CREDENTIAL_CODES = {
    "UnrecognizedClientException",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "InvalidAccessKeyId",
    "ExpiredToken",
    "ExpiredTokenException",
    "InvalidClientTokenId",
}
_HINTS = {
    "AccessDeniedException": "the credentials work but lack permission; the IAM policy needs translate:* on the "
    "resource and s3 access to the bucket",
    "AccessDenied": "the credentials cannot use the S3 bucket; check the bucket policy and the IAM permissions",
    "NoSuchBucket": "the S3 bucket does not exist in this account and region; check the bucket name",
    "404": "the S3 bucket does not exist in this account and region; check the bucket name",
    "403": "the credentials cannot use the S3 bucket; check the bucket policy and the IAM permissions",
    "LimitExceededException": "an Amazon Translate limit was reached (at most 10 concurrent batch jobs); wait for "
    "running jobs to finish",
    "TextSizeLimitExceededException": "the text is over Amazon Translate's size limit for one request",
    "UnsupportedLanguagePairException": "Amazon Translate does not support this language pair",
    "UnsupportedDisplayLanguageCodeException": "unsupported display language",
    "DetectedLanguageLowConfidenceException": "Amazon Translate could not detect the source language",
    "InvalidParameterValueException": "a setting has a value Amazon Translate refuses",
    "ResourceNotFoundException": "Amazon Translate has no such resource in this region",
    "TooManyRequestsException": "Amazon Translate kept throttling the requests; try again in a few minutes",
    "ThrottlingException": "Amazon Translate kept throttling the requests; try again in a few minutes",
    "ServiceUnavailableException": "Amazon Translate is unavailable right now; try again later",
}


def describe_error(exc: BaseException, doing: str) -> EngineError:
    """An AWS failure as a message for the user.  botocore messages carry no secret keys."""
    if isinstance(exc, NoCredentialsError | PartialCredentialsError):
        return ServiceUnusable(
            f"{doing}: no AWS credentials found. Set an AWS profile or access keys in the Amazon Translate "
            "settings, or configure the default chain (AWS_PROFILE, ~/.aws/credentials, an instance role)"
        )
    code = error_code(exc)
    if code in _CREDENTIAL_CODES:
        return ServiceUnusable(
            f"{doing}: AWS refused the credentials ({code}). Check the access key and secret (or the profile) "
            "in the Amazon Translate settings"
        )
    if isinstance(exc, ClientError):
        message = exc.response.get("Error", {}).get("Message", "")
        hint = _HINTS.get(code, "")
        return EngineError(f"{doing}: {code}: {message}" + (f" — {hint}" if hint else ""))
    if isinstance(exc, EndpointConnectionError):
        return ServiceUnusable(
            f"{doing}: {exc}. Check the network connection, and the region and endpoint in the Amazon Translate "
            "settings; offline, draft with the translation memory"
        )
    if isinstance(exc, BotoCoreError):
        return EngineError(f"{doing}: {exc}")
    return EngineError(f"{doing}: {type(exc).__name__}: {exc}")
