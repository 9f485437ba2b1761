"""A project's Amazon Translate settings: region, bucket, prefix, role, parallel-data name, profile,
endpoints and rates.  They live in the project's settings (``aws.*``); none of them is a secret.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from amts_gui.core.messages import message
from amts_gui.core.project.store import Store
from amts_gui.engines.base import EngineError

PARALLEL_DATA_NAME = re.compile(r"^([A-Za-z0-9-]_?)+$")
_PREFIX = "aws."
# Amazon Translate's list prices in USD per million characters, as the project knows them; they were last
# checked on DEFAULT_RATES_CHECKED (against the project's notes: this machine cannot reach aws.amazon.com).
# Every project can set its own in Settings ▸ Amazon Translate or with `amts aws --standard-rate/--act-rate`.
DEFAULT_RATES_CHECKED = "2026-11-29"
DEFAULT_STANDARD_RATE = 15.0  # standard (realtime TranslateText and batch without ACT)
DEFAULT_ACT_RATE = 60.0  # with Active Custom Translation (parallel data)


@dataclass(frozen=True)
class AwsSettings:
    region: str = "us-east-1"
    bucket: str = ""
    prefix: str = "amts"
    role_arn: str = ""
    parallel_data_name: str = ""
    terminology_name: str = ""  # the project's Custom Terminology; when set, every request applies it
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
            "terminology_name": "terminology name",
        }
        missing = [labels.get(n, n) for n in names if not getattr(self, n)]
        if missing:
            raise EngineError(
                "Amazon Translate settings are incomplete: set the "
                + ", ".join(missing)
                + " (Settings ▸ Amazon Translate, or `amts aws PROJECT --help`)"
            )
        for name in ("parallel_data_name", "terminology_name"):
            if name in names and not PARALLEL_DATA_NAME.match(getattr(self, name)):
                raise EngineError(
                    message(
                        "{what} {name!r} is not allowed by Amazon Translate: use letters, digits and hyphens, "
                        "with single underscores between them",
                        what=labels[name],
                        name=getattr(self, name),
                    )
                )

    def terminology_names(self) -> list[str]:
        """The ``TerminologyNames`` member of TranslateText / StartTextTranslationJob (empty: none set)."""
        return [self.terminology_name] if self.terminology_name else []


# the target languages Amazon Translate has a formality setting for (it ignores the setting for others)
FORMALITY_TARGETS = frozenset({"nl", "fr", "fr-CA", "de", "hi", "it", "ja", "ko", "pt-PT", "es", "es-MX"})


def supports_formality(lang: str) -> bool:
    return lang in FORMALITY_TARGETS or lang.split("-")[0] in {t for t in FORMALITY_TARGETS if "-" not in t}


AWS_HOST_SUFFIXES = (".amazonaws.com", ".amazonaws.com.cn", ".api.aws")


def endpoint_problem(url: str) -> str | None:
    """What is wrong with an endpoint URL (None: fine, or empty for Amazon's own, chosen by region)."""
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - parsing the port is the check: 'http://[::1' or 'http://h:x' raise here
    except ValueError as exc:
        return f"{url!r} is not a URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{url!r} is not an http(s) URL, e.g. https://translate.us-east-1.amazonaws.com"
    return None


def is_amazon_endpoint(url: str) -> bool:
    """Amazon's own endpoint (the default, or an AWS host): calls there are charged."""
    host = urllib.parse.urlsplit(url).hostname or "" if url else "amazonaws.com"
    return host == "amazonaws.com" or host.endswith(AWS_HOST_SUFFIXES)


def load_settings(store: Store) -> AwsSettings:
    values = store.settings_with_prefix(_PREFIX)
    kwargs: dict[str, Any] = {}
    for f in fields(AwsSettings):
        if f.name in values:
            kwargs[f.name] = float(values[f.name]) if f.type == "float" else values[f.name]
    return AwsSettings(**kwargs)


def save_settings(store: Store, settings: AwsSettings) -> None:
    """Save the settings: the parallel-data and terminology names and the formality are the store's target's."""
    if settings.formality and not supports_formality(store.target):
        raise EngineError(
            message(
                "Amazon Translate has no formality setting for {lang} (it has for {known}); leave it unset",
                lang=store.target,
                known=", ".join(sorted(FORMALITY_TARGETS)),
            )
        )
    for name in ("parallel_data_name", "terminology_name"):
        if getattr(settings, name) and not PARALLEL_DATA_NAME.match(getattr(settings, name)):
            settings.require(name)
    store.set_settings({_PREFIX + name: str(value) for name, value in asdict(settings).items()})


def update_settings(store: Store, **changes: Any) -> AwsSettings:
    settings = replace(load_settings(store), **{k: v for k, v in changes.items() if v is not None})
    save_settings(store, settings)
    return settings
