"""AWS failures as messages a translator can act on.  botocore's messages carry no secret keys."""

from __future__ import annotations

from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    EndpointConnectionError,
    NoCredentialsError,
    PartialCredentialsError,
)

from amts_gui.core.messages import Message, message
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
    "AccessDeniedException": message(
        "the credentials work but lack permission; the IAM policy needs translate:* on the "
        "resource and s3 access to the bucket"
    ),
    "AccessDenied": message(
        "the credentials cannot use the S3 bucket; check the bucket policy and the IAM permissions"
    ),
    "NoSuchBucket": message("the S3 bucket does not exist in this account and region; check the bucket name"),
    "404": message("the S3 bucket does not exist in this account and region; check the bucket name"),
    "403": message("the credentials cannot use the S3 bucket; check the bucket policy and the IAM permissions"),
    "LimitExceededException": message(
        "an Amazon Translate limit was reached (at most 10 concurrent batch jobs); wait for running jobs to finish"
    ),
    "TextSizeLimitExceededException": message("the text is over Amazon Translate's size limit for one request"),
    "UnsupportedLanguagePairException": message("Amazon Translate does not support this language pair"),
    "UnsupportedDisplayLanguageCodeException": message("unsupported display language"),
    "DetectedLanguageLowConfidenceException": message("Amazon Translate could not detect the source language"),
    "InvalidParameterValueException": message("a setting has a value Amazon Translate refuses"),
    "ResourceNotFoundException": message("Amazon Translate has no such resource in this region"),
    "TooManyRequestsException": message("Amazon Translate kept throttling the requests; try again in a few minutes"),
    "ThrottlingException": message("Amazon Translate kept throttling the requests; try again in a few minutes"),
    "ServiceUnavailableException": message("Amazon Translate is unavailable right now; try again later"),
}


def describe_error(exc: BaseException, doing: Message) -> EngineError:
    """An AWS failure as a message for the user, ``doing`` what failed.  botocore messages carry no secret keys."""
    if isinstance(exc, NoCredentialsError | PartialCredentialsError):
        return ServiceUnusable(
            message(
                "{doing}: no AWS credentials found. Set an AWS profile or access keys in the Amazon Translate "
                "settings, or configure the default chain (AWS_PROFILE, ~/.aws/credentials, an instance role)",
                doing=doing,
            )
        )
    code = error_code(exc)
    if code in _CREDENTIAL_CODES:
        return ServiceUnusable(
            message(
                "{doing}: AWS refused the credentials ({code}). Check the access key and secret (or the profile) in "
                "the Amazon Translate settings",
                doing=doing,
                code=code,
            )
        )
    if isinstance(exc, ClientError):
        said = exc.response.get("Error", {}).get("Message", "")  # AWS's own words, in English
        hint = _HINTS.get(code)
        if hint is None:
            return EngineError(message("{doing}: {code}: {said}", doing=doing, code=code, said=said))
        return EngineError(message("{doing}: {code}: {said} — {hint}", doing=doing, code=code, said=said, hint=hint))
    if isinstance(exc, EndpointConnectionError):
        return ServiceUnusable(
            message(
                "{doing}: {reason}. Check the network connection, and the region and endpoint in the Amazon Translate "
                "settings; offline, draft with the translation memory",
                doing=doing,
                reason=exc,
            )
        )
    if isinstance(exc, BotoCoreError):
        return EngineError(message("{doing}: {reason}", doing=doing, reason=exc))
    return EngineError(message("{doing}: {kind}: {reason}", doing=doing, kind=type(exc).__name__, reason=exc))
