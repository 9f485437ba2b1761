"""Parallel data on Amazon Translate: push the project's pairs, pull a teammate's, show the status.

Push is one operation (the GUI's one-click button): export TMX → upload under a new versioned key
→ CreateParallelData the first time, UpdateParallelData after (a full replacement) → poll
GetParallelData until the new version is ACTIVE or FAILED → record the counts in the push history.
A FAILED update leaves the previous data active on the service and the local pairs untouched.

Pull downloads the active data through its presigned ``DataLocation`` and merges it into the local
pairs: the newer timestamp wins, and every disagreement is listed.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.parallel.formats import read_pairs_file, render_pairs, select_dated_pairs, skipped_by_kind
from amts_gui.core.project.jobs import new_client_token
from amts_gui.core.project.pairs import list_pairs
from amts_gui.core.project.pushes import PushRecord, push_history, record_push, update_push
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.merge import PullResult, as_datetime, merge_pairs
from amts_gui.engines.amazon.retry import Polling, error_code
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.base import Cancelled, EngineError, Progress

_BUSY = {"CREATING", "UPDATING"}
_CONFLICT = {"ConflictException", "ConcurrentModificationException"}
MAX_DOWNLOAD_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class PushResult:
    name: str
    version: str
    status: str  # ACTIVE | FAILED
    pairs: int
    imported: int
    failed: int
    skipped: int
    message: str = ""
    error_summary: tuple[str, ...] = ()
    created: bool = False
    left_out: dict[str, int] = field(default_factory=dict)  # pairs not sent, per reason

    def outcome(self) -> dict[str, Any]:
        """What the push history keeps of the service's answer."""
        return {
            "imported": self.imported,
            "failed": self.failed,
            "skipped": self.skipped,
            "message": self.message,
            "error_summary": list(self.error_summary),
        }


@dataclass(frozen=True)
class _Upload:
    version: str
    key: str
    token: str  # the ClientToken of the create/update call
    data: bytes
    pairs: int
    detail: dict[str, Any]  # what the push history keeps
    left_out: dict[str, int]  # pairs not sent, per reason (flagged, QA, duplicate, Amazon's rules)


@dataclass(frozen=True)
class ParallelDataStatus:
    """The resource as Amazon Translate describes it, and our pushes to it."""

    name: str
    exists: bool
    status: str | None
    latest_update: str | None
    imported: int | None
    failed: int | None
    skipped: int | None
    message: str | None
    history: tuple[PushRecord, ...]


def download(url: str, limit: int = MAX_DOWNLOAD_BYTES) -> bytes:
    """GET a presigned URL (only https, or http for a local endpoint) with a size limit."""
    if not url.startswith(("https://", "http://")):
        raise EngineError(message("Amazon Translate gave a download location that is not a URL: {url!r}", url=url[:60]))
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - scheme checked above
            data: bytes = response.read(limit + 1)
    except OSError as exc:
        raise EngineError(message("downloading the parallel data failed: {reason}", reason=exc)) from None
    if len(data) > limit:
        raise EngineError(message("the parallel data is over {limit} MB; not downloaded", limit=limit // (1024 * 1024)))
    return data


class ParallelData:
    """The project's parallel-data resource on Amazon Translate (named in the settings)."""

    def __init__(
        self,
        store: Store,
        services: AmazonServices,
        *,
        polling: Polling | None = None,
        conflict_retries: int = 8,
        fetch: Callable[[str], bytes] = download,
    ) -> None:
        self.store, self.services = store, services
        self.translate, self.s3, self.settings = services.translate, services.s3, services.settings
        self.polling = polling or Polling(cap=60.0)
        self.backoff = self.polling.calls()
        self.conflict_retries = conflict_retries
        self._fetch = fetch

    @property
    def name(self) -> str:
        return self.settings.parallel_data_name

    # -- the service ------------------------------------------------------------
    def describe(self) -> dict[str, Any] | None:
        """GetParallelData's response, or None if the resource does not exist."""
        try:
            response: dict[str, Any] = self.backoff.call(lambda: self.translate.get_parallel_data(Name=self.name))
        except ClientError as exc:
            if error_code(exc) == "ResourceNotFoundException":
                return None
            raise describe_error(exc, message("reading parallel data {name!r}", name=self.name)) from exc
        except BotoCoreError as exc:
            raise describe_error(exc, message("reading parallel data {name!r}", name=self.name)) from exc
        return response

    def status(self) -> ParallelDataStatus:
        self.settings.require("parallel_data_name")
        response = self.describe()
        props = (response or {}).get("ParallelDataProperties", {})
        return ParallelDataStatus(
            name=self.name,
            exists=response is not None,
            status=props.get("Status"),
            latest_update=props.get("LatestUpdateAttemptStatus"),
            imported=props.get("ImportedRecordCount"),
            failed=props.get("FailedRecordCount"),
            skipped=props.get("SkippedRecordCount"),
            message=props.get("Message"),
            history=tuple(push_history(self.store, self.name)),
        )

    def _settled(self, *, update: bool, progress: Progress | None, cancelled: Cancelled | None) -> dict[str, Any]:
        """Poll until no create/update is running on the resource."""
        for delay in self.polling.delays():
            response = self.describe()
            if response is None:
                raise EngineError(
                    message("parallel data {name!r} disappeared while it was being updated", name=self.name)
                )
            props = response["ParallelDataProperties"]
            state = props.get("LatestUpdateAttemptStatus") if update else props.get("Status")
            if state not in _BUSY and props.get("Status") not in _BUSY:
                return response
            if cancelled and cancelled():
                raise EngineError(
                    message(
                        "stopped waiting; Amazon Translate goes on importing {name!r} — see `amts pairs status`",
                        name=self.name,
                    )
                )
            if progress:
                progress(0, 1, f"{self.name}: {state}")
            self.polling.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover - poll_delays never ends

    def _create_or_update(self, config: dict[str, str], token: str, exists: bool) -> None:
        send = partial(
            self.translate.update_parallel_data if exists else self.translate.create_parallel_data,
            Name=self.name,
            ParallelDataConfig=config,
            ClientToken=token,
            Description="AMTS Studio sentence pairs",
        )
        for attempt in range(self.conflict_retries + 1):
            try:
                self.backoff.call(send)
                return
            except ClientError as exc:
                if error_code(exc) in _CONFLICT and attempt < self.conflict_retries:
                    # one create/update at a time per account: wait for the other one
                    self.polling.sleep(min(self.polling.cap, self.polling.base * 2**attempt))
                    continue
                if error_code(exc) in _CONFLICT:
                    raise EngineError(
                        message(
                            "Amazon Translate is busy with another parallel-data create/update ({code}) and still "
                            "was after {conflict_retries} retries; push again later",
                            code=error_code(exc),
                            conflict_retries=self.conflict_retries,
                        )
                    ) from None
                raise describe_error(exc, message("sending parallel data {name!r}", name=self.name)) from exc
            except BotoCoreError as exc:
                raise describe_error(exc, message("sending parallel data {name!r}", name=self.name)) from exc

    def _error_summary(self, props_response: dict[str, Any], update: bool) -> tuple[str, ...]:
        location = props_response.get(
            "LatestUpdateAttemptAuxiliaryDataLocation" if update else "AuxiliaryDataLocation"
        ) or props_response.get("AuxiliaryDataLocation")
        url = (location or {}).get("Location")
        if not url:
            return ()
        try:
            text = self._fetch(url).decode("utf-8", errors="replace")
        except EngineError as exc:
            return (f"(the error file could not be read: {exc})",)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return tuple(lines[:10]) + ((f"… {len(lines) - 10} more lines",) if len(lines) > 10 else ())

    # -- push -----------------------------------------------------------------------
    def push(
        self,
        *,
        exclude_chapters: Sequence[str] = (),
        granularity: str = "sentence",
        reverse: bool = False,
        reuse_unchanged: bool = False,
        include_qa: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PushResult:
        """``exclude_chapters`` leaves chapters' pairs out, so that ACT can be evaluated on them honestly;
        ``granularity`` picks sentence or paragraph pairs; ``reverse`` swaps the languages (to evaluate the
        other direction).  With ``reuse_unchanged``, identical data already ACTIVE on the service is not
        sent again (an evaluation run repeated costs no new import).  Pairs accepted with QA errors stay
        out unless ``include_qa``; ``PushResult.left_out`` counts what stayed out, per reason."""
        self.settings.require("bucket", "parallel_data_name")
        upload = self._upload_plan(exclude_chapters, granularity, reverse, include_qa)
        if reuse_unchanged:
            reused = self._reusable(upload.detail["sha256"], upload.pairs)
            if reused is not None:
                return reused
        row = record_push(self.store, self.name, upload.version, "UPLOADING", upload.pairs, upload.detail)
        if progress:
            progress(0, 3, message("uploading {count} pairs", count=upload.pairs))
        try:
            self.backoff.call(
                lambda: self.s3.put_object(
                    Bucket=self.settings.bucket, Key=upload.key, Body=upload.data, ContentType="application/x-tmx+xml"
                )
            )
        except (ClientError, BotoCoreError) as exc:
            error = describe_error(
                exc,
                message(
                    "uploading the parallel data to s3://{bucket}/{key}", bucket=self.settings.bucket, key=upload.key
                ),
            )
            update_push(self.store, row, "FAILED", {**upload.detail, "message": str(error)})
            raise error from None
        try:
            response, updating = self._import(upload, row, progress, cancelled)
        except EngineError as exc:
            update_push(self.store, row, "FAILED", {**upload.detail, "message": str(exc)})
            raise
        result = self._pushed(upload, response, updating)
        update_push(self.store, row, result.status, {**upload.detail, **result.outcome()})
        if progress:
            progress(3, 3, result.status)
        return result

    def _upload_plan(
        self, exclude_chapters: Sequence[str], granularity: str, reverse: bool, include_qa: bool
    ) -> _Upload:
        """The TMX to send, under a new versioned key that never overwrites a teammate's."""
        project = self.store.settings()
        rows = list_pairs(self.store, granularity=granularity, exclude_chapters=exclude_chapters)
        units, notes = select_dated_pairs(rows, "tmx", include_qa=include_qa)
        if not units:
            raise EngineError(
                message(
                    "the project has no {granularity} pairs to push; align a chapter or accept edits first",
                    granularity=granularity,
                )
            )
        pairs = [(t, s) if reverse else (s, t) for s, t, _ in units]
        source_lang, target_lang = (
            (project.target_lang, project.source_lang) if reverse else (project.source_lang, project.target_lang)
        )
        digest = hashlib.sha256(
            json.dumps([source_lang, target_lang, granularity, pairs], ensure_ascii=False).encode("utf-8")
        ).hexdigest()
        data = render_pairs(pairs, "tmx", source_lang, target_lang, granularity, changedates=[d for _, _, d in units])
        number = len(push_history(self.store, self.name)) + 1
        token = new_client_token()
        version = f"v{number:04d}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{token[:8]}"
        key = self.settings.key("parallel-data", self.name, f"{version}.tmx")
        detail: dict[str, Any] = {
            "s3_key": key,
            "client_token": token,
            "excluded": list(exclude_chapters),
            "granularity": granularity,
            "direction": f"{source_lang}-{target_lang}",
            "sha256": digest,
        }
        return _Upload(version, key, token, data, len(pairs), detail, skipped_by_kind(notes))

    def _import(
        self, upload: _Upload, row: int, progress: Progress | None, cancelled: Cancelled | None
    ) -> tuple[dict[str, Any], bool]:
        """Create or update the resource from the uploaded file (push history ``row``) and wait until the
        service is done with it; returns GetParallelData's response and whether it was an update."""
        existing = self.describe()
        if existing is not None:
            self._settled(update=True, progress=progress, cancelled=cancelled)
        if progress:
            progress(1, 3, "asking Amazon Translate to import")
        config = {"S3Uri": f"s3://{self.settings.bucket}/{upload.key}", "Format": "TMX"}
        self._create_or_update(config, upload.token, exists=existing is not None)
        update_push(self.store, row, "IMPORTING", upload.detail)
        if progress:
            progress(2, 3, "Amazon Translate is importing")
        response = self._settled(update=existing is not None, progress=progress, cancelled=cancelled)
        return response, existing is not None

    def _pushed(self, upload: _Upload, response: dict[str, Any], updating: bool) -> PushResult:
        props = response["ParallelDataProperties"]
        state = (props.get("LatestUpdateAttemptStatus") if updating else props.get("Status")) or "FAILED"
        summary = self._error_summary(response, updating) if state == "FAILED" or props.get("FailedRecordCount") else ()
        return PushResult(
            name=self.name,
            version=upload.version,
            status=state,
            pairs=upload.pairs,
            imported=int(props.get("ImportedRecordCount") or 0) if state == "ACTIVE" else 0,
            failed=int(props.get("FailedRecordCount") or 0),
            skipped=int(props.get("SkippedRecordCount") or 0),
            message=props.get("Message") or "",
            error_summary=summary,
            created=not updating,
            left_out=upload.left_out,
        )

    def _reusable(self, digest: str, pairs: int) -> PushResult | None:
        """This very data, if the service has it ACTIVE: the last push of it that did not fail, ACTIVE here,
        or one a killed run left uploading or importing that landed all the same (then recorded ACTIVE)."""
        mine = [r for r in push_history(self.store, self.name) if r.status != "FAILED" and r.detail.get("sha256")]
        if not mine or mine[-1].detail.get("sha256") != digest:
            return None
        last = mine[-1]
        response = self.describe()
        props = (response or {}).get("ParallelDataProperties", {})
        if props.get("LatestUpdateAttemptStatus") in _BUSY or props.get("Status") in _BUSY:
            updating = props.get("LatestUpdateAttemptStatus") in _BUSY
            props = self._settled(update=updating, progress=None, cancelled=None)["ParallelDataProperties"]
        served = str(props.get("ParallelDataConfig", {}).get("S3Uri", ""))
        if props.get("Status") != "ACTIVE" or props.get("LatestUpdateAttemptStatus") not in (None, "ACTIVE"):
            return None
        if last.status != "ACTIVE":
            if not served.endswith("/" + str(last.detail.get("s3_key"))):
                return None
            update_push(self.store, last.id, "ACTIVE", {**last.detail, "message": "landed while no one waited"})
        return PushResult(
            name=self.name,
            version=str(last.version),
            status="ACTIVE",
            pairs=pairs,
            imported=int(props.get("ImportedRecordCount") or 0),
            failed=int(props.get("FailedRecordCount") or 0),
            skipped=int(props.get("SkippedRecordCount") or 0),
            message="unchanged since the last push; not sent again",
        )

    # -- pull -----------------------------------------------------------------------
    def pull(self) -> PullResult:
        self.settings.require("parallel_data_name")
        response = self.describe()
        if response is None:
            raise EngineError(
                message(
                    "parallel data {name!r} does not exist in {region}; nothing to pull",
                    name=self.name,
                    region=self.settings.region,
                )
            )
        props = response["ParallelDataProperties"]
        url = (response.get("DataLocation") or {}).get("Location")
        if not url:
            raise EngineError(
                message(
                    "parallel data {name!r} has no active data to download ({status})",
                    name=self.name,
                    status=props.get("Status"),
                )
            )
        fmt = str(props.get("ParallelDataConfig", {}).get("Format", "TMX")).lower()
        remote_time = as_datetime(props.get("LastUpdatedAt")) or datetime.now(UTC)
        project = self.store.settings()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{self.name}.{fmt}"
            path.write_bytes(self._fetch(url))
            try:
                found = read_pairs_file(path, project.source_lang, project.target_lang)
            except InputError as exc:
                raise EngineError(
                    message("the parallel data downloaded from Amazon Translate is unreadable: {reason}", reason=exc)
                ) from None
        return merge_pairs(self.store, self.name, found.pairs, found.dates, remote_time)
