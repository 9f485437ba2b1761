"""The Amazon services a project talks to, built in one place: Translate and S3 clients with the settings.

Credentials come from boto3's default chain, a named profile, or keys kept by
:mod:`amts_gui.engines.amazon.secrets` – never from the project file.  Retries are ours
(:mod:`amts_gui.engines.amazon.retry`), so botocore makes one attempt per call.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError

from amts_gui.core.messages import message
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.secrets import Credentials, CredentialVault
from amts_gui.engines.amazon.settings import AwsSettings
from amts_gui.engines.base import EngineError


@dataclass(frozen=True)
class AmazonServices:
    """boto3 clients for Amazon Translate and S3, and the settings they were made for."""

    translate: Any
    s3: Any
    settings: AwsSettings

    @classmethod
    def connect(
        cls, settings: AwsSettings, credentials: Credentials | None = None, *, workers: int = 8
    ) -> AmazonServices:
        """Clients for ``settings``; ``credentials`` (typed into the app) win over boto3's chain."""
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
        return cls(translate, s3, settings)

    @classmethod
    def for_user(
        cls, settings: AwsSettings, vault: CredentialVault | None = None, *, workers: int = 8
    ) -> AmazonServices:
        """Clients with the keys the user stored for the settings' profile (or "default"), if any."""
        vault = vault or CredentialVault()
        return cls.connect(settings, vault.get(settings.profile or "default"), workers=workers)

    def with_settings(self, **changes: Any) -> AmazonServices:
        """The same clients with other settings (another parallel-data name, say)."""
        return replace(self, settings=replace(self.settings, **changes))


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
        raise EngineError(
            message("AWS profile problem: {reason}; check the profile name in the settings", reason=exc)
        ) from None


def check_connection(settings: AwsSettings, credentials: Credentials | None = None) -> list[str]:
    """Try the credentials on Amazon Translate (and the bucket, when one is set); one line per check.
    Raises EngineError with what to fix."""
    services = AmazonServices.connect(settings, credentials)
    translate, s3 = services.translate, services.s3
    try:
        found = translate.list_parallel_data(MaxResults=10).get("ParallelDataPropertiesList", [])
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        raise describe_error(exc, message("Amazon Translate in {region}", region=settings.region)) from None
    names = {p.get("Name") for p in found}
    lines = [f"Amazon Translate in {settings.region}: credentials accepted"]
    if settings.parallel_data_name:
        state = "exists" if settings.parallel_data_name in names else "not created yet (the first push creates it)"
        lines.append(f"Parallel data {settings.parallel_data_name}: {state}")
    if not settings.bucket:
        lines.append("No S3 bucket set: batch jobs and parallel-data pushes need one")
        return lines
    try:
        s3.head_bucket(Bucket=settings.bucket)
    except Exception as exc:  # noqa: BLE001
        raise describe_error(exc, message("S3 bucket {bucket}", bucket=settings.bucket)) from None
    lines.append(f"S3 bucket {settings.bucket}: reachable")
    return lines
