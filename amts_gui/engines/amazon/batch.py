"""Amazon Translate batch jobs with Active Custom Translation (ACT): submit, poll, fetch, resume, stop.

One HTML document per chapter goes to ``s3://BUCKET/PREFIX/input/<job-key>/``; the job writes
``<target>.<document>`` under ``.../output/<job-key>/<account>-TranslateText-<JobId>/`` plus
``details/*.json``.  Everything a resumed app needs – the documents sent, the segment ids and
their markup, the ClientToken – is in the job row, written before the start call.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from amts_gui.core.messages import Message, message
from amts_gui.core.project.jobs import JobRecord, create_job, get_job, list_jobs, new_client_token, update_job
from amts_gui.core.project.pushes import active_version
from amts_gui.core.project.rows import Draft
from amts_gui.core.project.segments import add_drafts, live_segment_ids
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.costs import CostEstimate, estimate_cost
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.html import chapter_html, chapter_texts, segment_text
from amts_gui.engines.amazon.job_documents import chapter_documents, document_name, pack_jobs, require_places
from amts_gui.engines.amazon.retry import Polling, RateLimit, error_code
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.base import Cancelled, EngineError, Progress, SegmentInput
from amts_gui.engines.catalog import AMAZON_ACT

if TYPE_CHECKING:
    from amts_gui.engines.catalog import EngineOptions

MAX_CONCURRENT_JOBS = 10
ENDED_WITH_OUTPUT = {"COMPLETED", "COMPLETED_WITH_ERROR", "STOPPED"}  # fetched; any other status is polled again
_FINAL_FAILURES = {
    "InvalidRequestException",
    "InvalidParameterValueException",
    "LimitExceededException",
    "ResourceNotFoundException",
    "UnsupportedLanguagePairException",
    "AccessDeniedException",
    "UnrecognizedClientException",
    "IdempotentParameterMismatchException",
}


DESCRIBE_LIMIT = RateLimit(10)  # shared by every job of the process: the limit is per account


class ActJobs:
    """Batch ACT jobs of one project, on the given Amazon services."""

    name = AMAZON_ACT.name
    variant = AMAZON_ACT.variant

    def __init__(
        self,
        store: Store,
        services: AmazonServices,
        *,
        polling: Polling | None = None,
        describe_limit: RateLimit = DESCRIBE_LIMIT,
    ) -> None:
        self.store, self.services = store, services
        self.translate, self.s3, self.settings = services.translate, services.s3, services.settings
        self.polling = polling or Polling()
        self.backoff = self.polling.calls()
        self._describe_limit = describe_limit

    @classmethod
    def create(cls, options: EngineOptions) -> ActJobs:
        if options.services is None:
            raise EngineError(message("ACT batch jobs need Amazon Translate; set it up in Settings ▸ Amazon Translate"))
        return cls(options.store, options.services())

    # -- calls ------------------------------------------------------------------
    def _call(self, doing: Message, fn: Callable[[], Any]) -> Any:
        try:
            return self.backoff.call(fn)
        except (ClientError, BotoCoreError) as exc:
            raise describe_error(exc, doing) from exc

    def parallel_data_version(self) -> dict[str, str]:
        """The parallel data the job will use: its name and the version that is active now."""
        name = self.settings.parallel_data_name
        try:
            props = self.backoff.call(lambda: self.translate.get_parallel_data(Name=name))["ParallelDataProperties"]
        except ClientError as exc:
            if error_code(exc) == "ResourceNotFoundException":
                raise EngineError(
                    message(
                        "parallel data {name!r} does not exist in {region} yet: push the project's pairs first "
                        "(Parallel data ▸ Push parallel data, or `amts pairs push`)",
                        name=name,
                        region=self.settings.region,
                    )
                ) from None
            raise describe_error(exc, message("checking parallel data {name!r}", name=name)) from exc
        if props.get("Status") != "ACTIVE":
            raise EngineError(
                f"parallel data {name!r} is {props.get('Status')}; ACT jobs need it ACTIVE. "
                + (props.get("Message") or "Wait for the running sync, or push again.")
            )
        updated = props.get("LastUpdatedAt")
        remote = updated.isoformat() if isinstance(updated, datetime) else str(updated or "")
        version = active_version(self.store, name) or f"remote {remote}"
        return {"name": name, "version": version, "remote_updated_at": remote}

    # -- submit -------------------------------------------------------------------
    def estimate(self, chapters: Sequence[str]) -> CostEstimate:
        return estimate_cost(self.store, chapters, self.settings, act=True)

    def submit(self, chapters: Sequence[str], *, only: Collection[str] | None = None) -> JobRecord:
        """One job for the chapters (``only``: just those segments); see :meth:`submit_many`."""
        jobs = self.submit_many(chapters, only=only, most=1)
        return jobs[0]

    def submit_many(
        self, chapters: Sequence[str], *, only: Collection[str] | None = None, most: int | None = None
    ) -> list[JobRecord]:
        """As few jobs as Amazon's limits allow for the chapters: each job row (with its ClientToken)
        is written, its documents uploaded, then it is started.  Refused before anything is paid
        when the jobs would be more than ``most`` or than the free places among 10 running jobs."""
        self.settings.require("bucket", "role_arn", "parallel_data_name")
        settings = self.store.settings()
        groups = pack_jobs(chapter_documents(self.store, chapters, settings.source_lang, only))
        if not groups:
            raise EngineError(message("nothing to translate: the chosen chapters have no segments"))
        require_places(len(groups), MAX_CONCURRENT_JOBS - len(list_jobs(self.store, active_only=True)), most)
        parallel_data = self.parallel_data_version()
        records = []
        for documents in groups:
            token = new_client_token()
            key = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{token[:8]}"
            records.append(
                self._create_and_start(key, token, documents, settings.source_lang, settings.target_lang, parallel_data)
            )
        return records

    def submit_evaluation(
        self, chapter: str, segments: Sequence[SegmentInput], source_lang: str, target_lang: str, tag: str
    ) -> JobRecord:
        """A leave-one-out evaluation job: ``segments`` are the chapter's aligned source sentences (ids of our
        own making), and the translations are kept in the job row, never stored as the chapter's drafts.
        ``tag`` names the evaluation; an unfinished or finished job with the same tag is returned instead of
        starting a second one, so a run repeated after a crash never pays twice."""
        for job in list_jobs(self.store):
            if job.params.get("evaluation") == tag and job.status not in ("failed", "stopped"):
                return job
        self.settings.require("bucket", "role_arn", "parallel_data_name")
        parallel_data = self.parallel_data_version()
        token = new_client_token()
        key = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{token[:8]}"
        documents = {
            document_name(chapter): {
                "chapter": chapter,
                "html": chapter_html(chapter, source_lang, list(segments)),
                "markup": {s.id: list(s.markup) for s in segments},
            }
        }
        return self._create_and_start(
            key, token, documents, source_lang, target_lang, parallel_data, extra={"evaluation": tag}
        )

    def _create_and_start(
        self,
        key: str,
        token: str,
        documents: dict[str, dict[str, Any]],
        source_lang: str,
        target_lang: str,
        parallel_data: dict[str, str],
        extra: dict[str, Any] | None = None,
    ) -> JobRecord:
        if len(list_jobs(self.store, active_only=True)) >= MAX_CONCURRENT_JOBS:
            raise EngineError(
                message(
                    "{limit} batch jobs are already running, Amazon Translate's limit; wait for one "
                    "to finish (`amts jobs --resume`)",
                    limit=MAX_CONCURRENT_JOBS,
                )
            )
        params = {
            **(extra or {}),
            "job_key": key,
            "job_name": f"amts-{key}",
            "source_lang": source_lang,
            "target_lang": target_lang,
            "input_uri": self.settings.s3_uri("input", key),
            "output_uri": self.settings.s3_uri("output", key),
            "bucket": self.settings.bucket,
            "role_arn": self.settings.role_arn,
            "translate_settings": self.settings.translate_settings(),
            "terminology_names": self.settings.terminology_names(),
            "parallel_data": parallel_data,
            "documents": documents,
        }
        job = create_job(self.store, self.name, params, token)
        return self._start(job)

    def _start(self, job: JobRecord) -> JobRecord:
        """Upload and start; safe to repeat for a ``pending`` job – the same ClientToken gives the same job."""
        p = job.params
        input_key = p["input_uri"][len(f"s3://{p['bucket']}/") :]
        for name, doc in p["documents"].items():
            body = doc["html"].encode("utf-8")
            upload = partial(
                self.s3.put_object,
                Bucket=p["bucket"],
                Key=input_key + name,
                Body=body,
                ContentType="text/html; charset=utf-8",
            )
            self._call(message("uploading {chapter} to S3", chapter=doc["chapter"]), upload)
        request: dict[str, Any] = {
            "JobName": p["job_name"],
            "InputDataConfig": {"S3Uri": p["input_uri"], "ContentType": "text/html"},
            "OutputDataConfig": {"S3Uri": p["output_uri"]},
            "DataAccessRoleArn": p["role_arn"],
            "SourceLanguageCode": p["source_lang"],
            "TargetLanguageCodes": [p["target_lang"]],
            "ParallelDataNames": [p["parallel_data"]["name"]],
            "ClientToken": job.client_token,
        }
        if p.get("translate_settings"):
            request["Settings"] = p["translate_settings"]
        if p.get("terminology_names"):  # as at submission: a resumed start asks for the same job
            request["TerminologyNames"] = p["terminology_names"]
        try:
            response = self.backoff.call(lambda: self.translate.start_text_translation_job(**request))
        except ClientError as exc:
            error = describe_error(exc, message("starting batch job {job}", job=p["job_name"]))
            if error_code(exc) in _FINAL_FAILURES:  # the service refused it: nothing is running
                update_job(self.store, job.id, status="failed", message=str(error))
            raise error from None
        except BotoCoreError as exc:  # the call may or may not have arrived: stay pending, resume retries it
            raise EngineError(
                message(
                    "starting batch job {job}: {reason}. The job is kept as pending; `amts jobs --resume` retries it "
                    "without starting a second one",
                    job=p["job_name"],
                    reason=exc,
                )
            ) from None
        # Whatever the start call says (a replayed start may answer COMPLETED or FAILED at once), the job is
        # now the service's and stays ``running`` here: only a describe ends it, and a finished job is always
        # fetched, so paid output is never dropped for a status no one polls again.
        return update_job(
            self.store, job.id, job_id=response["JobId"], status="running", service_status=response["JobStatus"]
        )

    # -- follow -------------------------------------------------------------------
    def refresh(self, job: JobRecord) -> JobRecord:
        """One DescribeTextTranslationJob; fetches the results when the job has ended."""
        if job.status == "pending":
            return self._start(job)
        if not job.active or job.job_id is None:
            return job
        self._describe_limit.wait(self.polling.sleep, self.polling.clock)
        job_id = job.job_id
        props = self._call(
            message("checking batch job {job}", job=job.params["job_name"]),
            lambda: self.translate.describe_text_translation_job(JobId=job_id),
        )["TextTranslationJobProperties"]
        status = props["JobStatus"]
        said = props.get("Message")  # Amazon Translate's words about the job
        if status not in ENDED_WITH_OUTPUT and status != "FAILED":  # running, or a status yet unknown to us
            return update_job(self.store, job.id, service_status=status, message=said)
        if status == "FAILED":
            return update_job(
                self.store,
                job.id,
                status="failed",
                service_status=status,
                message=said or "the job failed without a message from Amazon Translate",
            )
        output = props.get("OutputDataConfig", {}).get("S3Uri") or job.params["output_uri"]
        return self.fetch(job, status, output, said)

    def wait(
        self,
        job: JobRecord,
        *,
        timeout: float | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> JobRecord:
        """Poll with growing delays until the job ends, ``timeout`` passes or the caller cancels."""
        start = self.polling.clock()
        delays = self.polling.delays()
        job = self.refresh(job)
        while job.active:
            delay = next(delays)
            if cancelled and cancelled():
                return job
            if timeout is not None and self.polling.clock() - start + delay > timeout:
                return job
            if progress:
                progress(0, 1, f"{job.params['job_name']}: {job.service_status}")
            self.polling.sleep(delay)
            job = self.refresh(job)
        if progress:
            progress(1, 1, f"{job.params['job_name']}: {job.status}")
        return job

    def resume(
        self, *, wait: bool = True, timeout: float | None = None, cancelled: Cancelled | None = None
    ) -> list[JobRecord]:
        """Carry on with every unfinished job: pending ones are started (same ClientToken), running ones polled."""
        out = []
        for job in list_jobs(self.store, active_only=True):
            if cancelled and cancelled():
                break
            out.append(self.wait(job, timeout=timeout, cancelled=cancelled) if wait else self.refresh(job))
        return out

    def stop(self, job: JobRecord) -> JobRecord:
        if job.status == "pending":
            # the start call may have reached the service: repeating it with the saved ClientToken returns that
            # job (or starts it), and then it is stopped – never a job left running unseen
            job = self._start(job)
        if not job.active or job.job_id is None:
            return job
        job_id = job.job_id
        response = self._call(
            message("stopping batch job {job}", job=job.params["job_name"]),
            lambda: self.translate.stop_text_translation_job(JobId=job_id),
        )
        return update_job(self.store, job.id, service_status=response.get("JobStatus", "STOP_REQUESTED"))

    # -- results ------------------------------------------------------------------
    def _read(self, bucket: str, key: str) -> str:
        body = self._call(
            message("downloading s3://{bucket}/{key}", bucket=bucket, key=key),
            lambda: self.s3.get_object(Bucket=bucket, Key=key),
        )
        data: bytes = body["Body"].read()
        return data.decode("utf-8", errors="replace")

    def _output_keys(self, output_uri: str) -> tuple[str, list[str]]:
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

    def fetch(self, job: JobRecord, service_status: str, output_uri: str, message: str | None) -> JobRecord:
        """Map the output documents back to segments and store the drafts and the job's end in one transaction."""
        bucket, keys = self._output_keys(output_uri)
        errors: list[str] = []
        for key in keys:
            if "/details/" in key and key.endswith(".json"):
                errors += _detail_errors(self._read(bucket, key))
        evaluation = bool(job.params.get("evaluation"))
        output = self._map_output(job, bucket, keys, live=None if evaluation else live_segment_ids(self.store))
        if service_status == "STOPPED":
            status = "stopped"
        elif output.missing_documents or output.missing_segments or service_status == "COMPLETED_WITH_ERROR":
            status = "partial"
        else:
            status = "done"
        detail: dict[str, Any] = {
            "drafts": len(output.drafts),
            "missing_chapters": output.missing_documents,
            "missing_segments": len(output.missing_segments),
            "errors": errors[:20],
        }
        drafts = output.drafts
        if evaluation:  # an evaluation's translations stay in the job row, never the chapter's drafts
            detail["translations"] = {d.segment_id: d.text for d in drafts}
            drafts = []
        with self.store.transaction():
            add_drafts(self.store, drafts)
            return update_job(
                self.store, job.id, status=status, service_status=service_status, message=message, detail=detail
            )

    def _map_output(self, job: JobRecord, bucket: str, keys: list[str], live: set[str] | None) -> _Output:
        """The drafts in the job's output documents; ``live``: the segments still in the project (None: all)."""
        p = job.params
        output = _Output()
        for name, doc in p["documents"].items():
            found = next((k for k in keys if k.rsplit("/", 1)[-1] == f"{p['target_lang']}.{name}"), None)
            if found is None:
                output.missing_documents.append(doc["chapter"])
                continue
            texts = chapter_texts(self._read(bucket, found))
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
                    output.drafts.append(Draft(segment_id, text, self.name, self.variant, meta))
        return output

    def job(self, job_id: int) -> JobRecord:
        return get_job(self.store, job_id)


@dataclass
class _Output:
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
