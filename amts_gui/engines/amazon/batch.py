"""Amazon Translate batch jobs with Active Custom Translation (ACT): submit, poll, fetch, resume, stop.

One HTML document per chapter goes to ``s3://BUCKET/PREFIX/input/<job-key>/``; the job writes
``<target>.<document>`` under ``.../output/<job-key>/<account>-TranslateText-<JobId>/`` plus
``details/*.json``.  Everything a resumed app needs – the documents sent, the segment ids and
their markup, the ClientToken – is in the job row, written before the start call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from amts_gui.core.messages import Message, message
from amts_gui.core.project.jobs import (
    JobRecord,
    create_job,
    get_job,
    jobs_at_service,
    list_jobs,
    new_client_token,
    update_job,
)
from amts_gui.core.project.pushes import active_version
from amts_gui.core.project.segments import add_drafts, live_segment_ids
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.costs import CostEstimate, estimate_cost
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.html import chapter_html
from amts_gui.engines.amazon.job_documents import chapter_documents, document_name, pack_jobs, require_places
from amts_gui.engines.amazon.job_output import JobOutput
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
_PLACES = threading.Lock()  # counting the free places and taking one is one step for every thread


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

    def submit(
        self, chapters: Sequence[str], *, only: Collection[str] | None = None, redraft: bool = False
    ) -> JobRecord:
        """One job for the chapters (``only``: just those segments); see :meth:`submit_many`."""
        jobs = self.submit_many(chapters, only=only, most=1, redraft=redraft)
        return jobs[0]

    def submit_many(
        self,
        chapters: Sequence[str],
        *,
        only: Collection[str] | None = None,
        most: int | None = None,
        redraft: bool = False,
    ) -> list[JobRecord]:
        """As few jobs as Amazon's limits allow for the chapters: each job row (with its ClientToken)
        is written, its documents uploaded, then it is started.  Refused before anything is paid
        when the jobs would be more than ``most`` or than the free places among 10 running jobs."""
        self.settings.require("bucket", "role_arn", "parallel_data_name")
        settings = self.store.settings()
        groups = pack_jobs(chapter_documents(self.store, chapters, settings.source_lang, only, redraft))
        if not groups:
            raise EngineError(
                message("nothing to translate: the chosen chapters have no segment without the translator's text")
            )
        require_places(len(groups), MAX_CONCURRENT_JOBS - jobs_at_service(self.store), most)
        parallel_data = self.parallel_data_version()
        return [
            self._create_and_start(*self._params(documents, settings.source_lang, settings.target_lang, parallel_data))
            for documents in groups
        ]

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
        documents = {
            document_name(chapter): {
                "chapter": chapter,
                "html": chapter_html(chapter, source_lang, list(segments)),
                "markup": {s.id: list(s.markup) for s in segments},
            }
        }
        extra = {"evaluation": tag}
        return self._create_and_start(*self._params(documents, source_lang, target_lang, parallel_data, extra))

    def _create_and_start(self, token: str, params: dict[str, Any]) -> JobRecord:
        if jobs_at_service(self.store) >= MAX_CONCURRENT_JOBS:
            raise EngineError(
                message(
                    "{limit} batch jobs are already running, Amazon Translate's limit; wait for one "
                    "to finish (`amts jobs --resume`)",
                    limit=MAX_CONCURRENT_JOBS,
                )
            )
        return self._start(create_job(self.store, self.name, params, token))

    def _params(
        self,
        documents: dict[str, dict[str, Any]],
        source_lang: str,
        target_lang: str,
        parallel_data: dict[str, str],
        extra: dict[str, Any] | None = None,
    ) -> tuple[str, dict[str, Any]]:
        """A new job's ClientToken, and everything its start call needs, kept in the job row so that a resumed
        app asks for the same job."""
        token = new_client_token()
        key = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{token[:8]}"
        return token, {
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

    # -- the queue ----------------------------------------------------------------
    def enqueue(
        self, chapters: Sequence[str], *, only: Collection[str] | None = None, redraft: bool = False
    ) -> list[JobRecord]:
        """Jobs for the chapters (``only``: just those segments), written as ``queued``: nothing is sent
        until :meth:`start_queued` finds a free place among Amazon's concurrent jobs."""
        self.settings.require("bucket", "role_arn", "parallel_data_name")
        settings = self.store.settings()
        groups = pack_jobs(chapter_documents(self.store, chapters, settings.source_lang, only, redraft))
        parallel_data = self.parallel_data_version()
        records = []
        for documents in groups:
            token, params = self._params(
                documents, settings.source_lang, settings.target_lang, parallel_data, extra={"queue": True}
            )
            records.append(create_job(self.store, self.name, params, token, queued=True))
        return records

    def start_queued(self, job: JobRecord) -> JobRecord:
        """Start a queued job if Amazon's limit leaves a place (counted over every target); else it waits."""
        with _PLACES:
            if job.status != "queued" or jobs_at_service(self.store) >= MAX_CONCURRENT_JOBS:
                return job
            job = update_job(self.store, job.id, status="pending")
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
            if error_code(exc) == "LimitExceededException" and p.get("queue"):  # another app took the place
                return update_job(self.store, job.id, status="queued", message=str(error))
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
        if job.status == "queued":
            return self.start_queued(job)
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
        if job.status == "queued":  # never sent: nothing runs at the service
            return update_job(self.store, job.id, status="stopped", message="stopped before it was sent")
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
    def fetch(self, job: JobRecord, service_status: str, output_uri: str, message: str | None) -> JobRecord:
        """Map the output documents back to segments and store the drafts and the job's end in one transaction."""
        reader = JobOutput(self.s3, self._call, self.name, self.variant)
        bucket, keys = reader.keys(output_uri)
        errors = reader.errors(bucket, keys)
        evaluation = bool(job.params.get("evaluation"))
        output = reader.drafts(job, bucket, keys, live=None if evaluation else live_segment_ids(self.store))
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
            add_drafts(self.store.for_target(job.target_lang), drafts)
            return update_job(
                self.store, job.id, status=status, service_status=service_status, message=message, detail=detail
            )

    def job(self, job_id: int) -> JobRecord:
        return get_job(self.store, job_id)


def resume_every_target(
    store: Store, services: AmazonServices, *, wait: bool = False, cancelled: Cancelled | None = None
) -> list[JobRecord]:
    """Carry on with the unfinished jobs of every target of the project: a job keeps in its row all that
    its start and fetch need, and its drafts go to its own target."""
    found: list[JobRecord] = []
    for lang in store.targets():
        found += ActJobs(store.for_target(lang), services).resume(wait=wait, cancelled=cancelled)
    return found
