"""AWS settings of a project, boto3 clients, and AWS errors as messages a translator can act on.

Settings (region, bucket, prefix, role, parallel-data name, profile, endpoints, rates) live in the
project's settings table: none of them is a secret.  Credentials come from boto3's default chain,
a named profile, or keys kept by :mod:`amts_gui.engines.amazon.secrets` – never from the project file.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    EndpointConnectionError,
    NoCredentialsError,
    PartialCredentialsError,
)

from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.retry import error_code
from amts_gui.engines.amazon.secrets import Credentials
from amts_gui.engines.base import EngineError, ServiceUnusable

PARALLEL_DATA_NAME = re.compile(r"^([A-Za-z0-9-]_?)+$")
_PREFIX = "aws."
DEFAULT_STANDARD_RATE = 15.0  # USD per million characters, Amazon Translate standard (2026 list price)
DEFAULT_ACT_RATE = 60.0  # USD per million characters with Active Custom Translation


@dataclass(frozen=True)
class AwsSettings:
    region: str = "us-east-1"
    bucket: str = ""
    prefix: str = "amts"
    role_arn: str = ""
    parallel_data_name: str = ""
    profile: str = ""
    translate_endpoint: str = ""
    s3_endpoint: str = ""
    standard_rate: float = DEFAULT_STANDARD_RATE
    act_rate: float = DEFAULT_ACT_RATE
    formality: str = ""  # FORMAL | INFORMAL | "" (service default)
    profanity: str = ""  # MASK | ""
    brevity: str = ""  # ON | ""

    def s3_uri(self, *parts: str) -> str:
        key = "/".join(p.strip("/") for p in (self.prefix, *parts) if p.strip("/"))
        return f"s3://{self.bucket}/{key}/"

    def key(self, *parts: str) -> str:
        return "/".join(p.strip("/") for p in (self.prefix, *parts) if p.strip("/"))

    def translate_settings(self) -> dict[str, str]:
        """The ``Settings`` member of TranslateText / StartTextTranslationJob (empty when all default)."""
        values = {"Formality": self.formality, "Profanity": self.profanity, "Brevity": self.brevity}
        return {k: v for k, v in values.items() if v}

    def require(self, *names: str) -> None:
        labels = {
            "bucket": "S3 bucket",
            "role_arn": "DataAccessRoleArn (an IAM role Amazon Translate can assume to read and write the bucket)",
            "parallel_data_name": "parallel-data name",
        }
        missing = [labels.get(n, n) for n in names if not getattr(self, n)]
        if missing:
            raise EngineError(
                "Amazon Translate settings are incomplete: set the "
                + ", ".join(missing)
                + " (Settings ▸ Amazon Translate, or `amts aws PROJECT --help`)"
            )
        if "parallel_data_name" in names and not PARALLEL_DATA_NAME.match(self.parallel_data_name):
            raise EngineError(
                f"parallel-data name {self.parallel_data_name!r} is not allowed by Amazon Translate: "
                "use letters, digits and hyphens, with single underscores between them"
            )


def load_settings(store: Store) -> AwsSettings:
    values = {
        r["key"][len(_PREFIX) :]: r["value"]
        for r in store.db.query("SELECT key, value FROM settings")
        if r["key"].startswith(_PREFIX)
    }
    kwargs: dict[str, Any] = {}
    for f in fields(AwsSettings):
        if f.name in values:
            kwargs[f.name] = float(values[f.name]) if f.type == "float" else values[f.name]
    return AwsSettings(**kwargs)


def save_settings(store: Store, settings: AwsSettings) -> None:
    if settings.parallel_data_name and not PARALLEL_DATA_NAME.match(settings.parallel_data_name):
        settings.require("parallel_data_name")
    with store.transaction() as db:
        for name, value in asdict(settings).items():
            db.table("settings").insert({"key": _PREFIX + name, "value": str(value)}, replace=True)


def update_settings(store: Store, **changes: Any) -> AwsSettings:
    settings = replace(load_settings(store), **{k: v for k, v in changes.items() if v is not None})
    save_settings(store, settings)
    return settings


def session(settings: AwsSettings, credentials: Credentials | None = None) -> boto3.Session:
    if credentials is not None:
        return boto3.Session(
            aws_access_key_id=credentials.access_key_id,
            aws_secret_access_key=credentials.secret_access_key,
            aws_session_token=credentials.session_token or None,
            region_name=settings.region,
        )
    try:
        return boto3.Session(profile_name=settings.profile or None, region_name=settings.region)
    except BotoCoreError as exc:  # e.g. ProfileNotFound
        raise EngineError(f"AWS profile problem: {exc}; check the profile name in the settings") from None


def clients(settings: AwsSettings, credentials: Credentials | None = None, *, workers: int = 8) -> tuple[Any, Any]:
    """(translate, s3) clients.  Retries are ours (:mod:`retry`), so botocore makes one attempt per call."""
    aws = session(settings, credentials)
    config = Config(
        retries={"total_max_attempts": 1},
        connect_timeout=10,
        read_timeout=60,
        max_pool_connections=max(10, workers),
    )
    translate = aws.client("translate", endpoint_url=settings.translate_endpoint or None, config=config)
    s3_config = config.merge(Config(s3={"addressing_style": "path"})) if settings.s3_endpoint else config
    s3 = aws.client("s3", endpoint_url=settings.s3_endpoint or None, config=s3_config)
    return translate, s3


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


def check_connection(settings: AwsSettings, credentials: Credentials | None = None) -> list[str]:
    """Try the credentials on Amazon Translate (and the bucket, when one is set); one line per check.
    Raises EngineError with what to fix."""
    translate, s3 = clients(settings, credentials)
    try:
        found = translate.list_parallel_data(MaxResults=10).get("ParallelDataPropertiesList", [])
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        raise describe_error(exc, f"Amazon Translate in {settings.region}") from None
    names = {p.get("Name") for p in found}
    lines = [f"Amazon Translate in {settings.region}: credentials accepted"]
    if settings.parallel_data_name:
        state = "exists" if settings.parallel_data_name in names else "not created yet (the first sync creates it)"
        lines.append(f"Parallel data {settings.parallel_data_name}: {state}")
    if not settings.bucket:
        lines.append("No S3 bucket set: batch jobs and parallel-data sync need one")
        return lines
    try:
        s3.head_bucket(Bucket=settings.bucket)
    except Exception as exc:  # noqa: BLE001
        raise describe_error(exc, f"S3 bucket {settings.bucket}") from None
    lines.append(f"S3 bucket {settings.bucket}: reachable")
    return lines
