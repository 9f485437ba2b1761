"""What a finished ACT batch job left in S3: its output documents mapped back to segments, and the
errors its details files report."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from amts_gui.core.messages import Message, message
from amts_gui.core.project.jobs import JobRecord
from amts_gui.core.project.rows import Draft
from amts_gui.engines.amazon.html import chapter_texts, segment_text

Call = Callable[[Message, Callable[[], Any]], Any]  # one S3 call, retried and its error described


class JobOutput:
    """Reads a job's output through ``call`` (the job runner's retrying call) on an S3 client."""

    def __init__(self, s3: Any, call: Call, engine: str, variant: str) -> None:
        self.s3, self._call, self.engine, self.variant = s3, call, engine, variant

    def read(self, bucket: str, key: str) -> str:
        body = self._call(
            message("downloading s3://{bucket}/{key}", bucket=bucket, key=key),
            lambda: self.s3.get_object(Bucket=bucket, Key=key),
        )
        data: bytes = body["Body"].read()
        return data.decode("utf-8", errors="replace")

    def keys(self, output_uri: str) -> tuple[str, list[str]]:
        bucket, _, prefix = output_uri[len("s3://") :].partition("/")
        keys: list[str] = []
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"Bucket": bucket, "Prefix": prefix}
            if token:
                kwargs["ContinuationToken"] = token
            page = self._call(message("listing the job's output"), partial(self.s3.list_objects_v2, **kwargs))
            keys += [o["Key"] for o in page.get("Contents", [])]
            token = page.get("NextContinuationToken")
            if not token:
                return bucket, keys

    def errors(self, bucket: str, keys: list[str]) -> list[str]:
        """The error messages of the job's details files."""
        found: list[str] = []
        for key in keys:
            if "/details/" in key and key.endswith(".json"):
                found += _detail_errors(self.read(bucket, key))
        return found

    def drafts(self, job: JobRecord, bucket: str, keys: list[str], live: set[str] | None) -> Output:
        """The drafts in the job's output documents; ``live``: the segments still in the project (None: all)."""
        p = job.params
        output = Output()
        for name, doc in p["documents"].items():
            found = next((k for k in keys if k.rsplit("/", 1)[-1] == f"{p['target_lang']}.{name}"), None)
            if found is None:
                output.missing_documents.append(doc["chapter"])
                continue
            texts = chapter_texts(self.read(bucket, found))
            for segment_id, markup in doc["markup"].items():
                if segment_id not in texts or not texts[segment_id].strip():
                    output.missing_segments.append(segment_id)
                elif live is None or segment_id in live:  # else the segment left the chapter while the job ran
                    text, findings = segment_text(texts[segment_id], markup)
                    meta: dict[str, Any] = {
                        "act": True,
                        "parallel_data": p["parallel_data"]["name"],
                        "parallel_data_version": p["parallel_data"]["version"],
                        "job_id": job.job_id,
                    }
                    if findings:
                        meta["findings"] = [str(f) for f in findings]
                    output.drafts.append(Draft(segment_id, text, self.engine, self.variant, meta))
        return output


@dataclass
class Output:
    drafts: list[Draft] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)  # chapters whose document did not come back
    missing_segments: list[str] = field(default_factory=list)


def _detail_errors(text: str) -> list[str]:
    """Error messages from a job's details/*.json, read leniently (the service documents no schema)."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    found: list[str] = []

    def walk(value: Any, source: str = "") -> None:
        if isinstance(value, dict):
            source = str(value.get("sourceFile") or source)
            for k, v in value.items():
                if "error" in k.lower() and isinstance(v, str | list) and v:
                    messages = v if isinstance(v, list) else [v]
                    found.extend(f"{source}: {m}" if source else str(m) for m in messages)
                else:
                    walk(v, source)
        elif isinstance(value, list):
            for item in value:
                walk(item, source)

    walk(data)
    return found
