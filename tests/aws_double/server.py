"""An Amazon Translate test double: a real HTTP server speaking both wire protocols of Translate's model.

JSON 1.1 (``X-Amz-Target: AWSShineFrontendService_20170701.<Op>``, ``Content-Type:
application/x-amz-json-1.1``), which botocore picks today, and Smithy RPC v2 CBOR (``POST
/service/AWSShineFrontendService_20170701/operation/<Op>``, ``smithy-protocol: rpc-v2-cbor``, CBOR bodies,
errors as ``{"__type": "com.amazonaws.translate#<Code>", "message": …}``), which the model lists first.
The request decides which one answers.  Anything else is refused loudly (HTTP 400 with a message that
names the protocol, and it is recorded in ``protocol_errors``).

It keeps its documents in a real S3 (moto's server): batch jobs read their input there and write their
output there, and parallel data is imported from there.  Its "translation" is deterministic and
visibly artificial: ``[zh] `` followed by the text upper-cased, markup with ``translate="no"`` left
alone.  ACT is emulated: in a job with ParallelDataNames, a segment whose whole source text is in the
parallel data that is active when the job runs gets that entry's target instead.  Custom Terminology
(``tests/aws_double/terminology.py``): ImportTerminology, GetTerminology, ListTerminologies, and the terms
of ``TerminologyNames`` come out as their targets, not upper-cased, in TranslateText and in batch jobs.

Faults to inject: ``fail(operation, code, times)``, ``next_job_outcome`` ("partial" or "failed"),
``job_seconds`` (slow jobs), ``hold_until_jobs`` (no job finishes before that many were started: jobs
that run side by side whatever the machine's load), ``start_delay`` (a late answer to StartTextTranslationJob),
``next_parallel_data_failure`` (a failed import with an error file), ``parallel_data_failures`` (the
same, for one named resource), ``parallel_data_seconds``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections import defaultdict, deque
from datetime import UTC, datetime
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import cbor2

from tests.aws_double.terminology import Terminologies, TerminologyError, apply_terms

TARGET_PREFIX = "AWSShineFrontendService_20170701."
CONTENT_TYPE = "application/x-amz-json-1.1"
CBOR_CONTENT_TYPE = "application/cbor"
CBOR_PATH = re.compile(r"/service/AWSShineFrontendService_20170701/operation/(\w+)")
ACCOUNT = "123456789012"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class ServiceError(Exception):
    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def artificial(text: str, target: str) -> str:
    return text.upper()


class _Translator(HTMLParser):
    """Re-emits HTML with text outside translate="no" elements transformed; per element id, the plain text."""

    def __init__(self, target: str, act: dict[str, str] | None, terms: dict[str, str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.target, self.act, self.terms = target, act, terms or {}
        self.applied: list[dict[str, str]] = []
        self.out: list[str] = []
        self.no_depth = 0
        self.segment: str | None = None
        self.segment_depth = 0
        self.segment_start = 0
        self.segment_plain: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self.segment is not None:
            self.segment_depth += 1
        if self.no_depth or values.get("translate") == "no":
            self.no_depth += 1
        self.out.append(self.get_starttag_text() or f"<{tag}>")
        if self.segment is None and (values.get("id") or "").startswith("s-"):
            self.segment, self.segment_depth = values["id"], 1
            self.segment_start = len(self.out)
            self.segment_plain = []

    def handle_endtag(self, tag: str) -> None:
        if self.segment is not None:
            self.segment_depth -= 1
            if self.segment_depth == 0:
                plain = "".join(self.segment_plain).strip()
                if self.act is not None and plain in self.act:  # ACT: an exact parallel-data match
                    self.out[self.segment_start :] = [html.escape(self.act[plain], quote=False)]
                self.segment = None
        if self.no_depth:
            self.no_depth -= 1
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.segment is not None:
            self.segment_plain.append(data)
        if self.no_depth or not data.strip():
            self.out.append(html.escape(data, quote=False))
        else:
            out, applied = apply_terms(data, self.terms, lambda text: artificial(text, self.target))
            self.applied += applied
            self.out.append(html.escape(out, quote=False))

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def translate_html(
    text: str, target: str, act: dict[str, str] | None = None, terms: dict[str, str] | None = None
) -> tuple[str, list[dict[str, str]]]:
    """The artificial translation, and the terms applied in it."""
    parser = _Translator(target, act, terms)
    parser.feed(text)
    parser.close()
    return "".join(parser.out), parser.applied


def read_parallel_data(data: bytes, fmt: str) -> tuple[dict[str, str], int, int, list[str]]:
    """(source -> target, failed, skipped, error lines), applying the service's documented rules."""
    pairs: dict[str, str] = {}
    failed = skipped = 0
    errors: list[str] = []
    rows: list[tuple[str, str]] = []
    if fmt == "TMX":
        root = ET.fromstring(data)
        src = (root.find("header").get("srclang") if root.find("header") is not None else None) or ""
        for n, tu in enumerate(root.iter("tu"), start=1):
            segs = {tuv.get(XML_LANG, ""): "".join(tuv.find("seg").itertext()) for tuv in tu.iter("tuv")}
            source = segs.get(src)
            other = [v for k, v in segs.items() if k != src]
            if not source or not other or not other[0]:
                failed += 1
                errors.append(f"record {n}: missing source or target")
                continue
            rows.append((source, other[0]))
    else:
        reader = csv.reader(io.StringIO(data.decode("utf-8")), delimiter="\t" if fmt == "TSV" else ",")
        next(reader, None)
        rows = [(r[0], r[1]) for r in reader if len(r) >= 2]
    for source, target in rows:
        if len(source.encode()) > 1000 or len(target.encode()) > 1000:
            skipped += 1
            continue
        pairs[source] = target  # duplicate sources: the last one wins
    return pairs, failed, skipped, errors


class TranslateDouble:
    def __init__(self, s3: Any, *, region: str = "us-east-1") -> None:
        self.s3 = s3  # a boto3 S3 client on moto's server
        self.region = region
        self.lock = threading.RLock()
        self.jobs: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, str] = {}
        self.parallel_data: dict[str, dict[str, Any]] = {}
        self.terminologies = Terminologies(region, ACCOUNT)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.protocol_errors: list[str] = []
        self.protocols_seen: set[str] = set()  # "json", "cbor": what the clients spoke
        self.faults: dict[str, deque[str]] = defaultdict(deque)
        self.next_job_outcome: str | None = None
        self.job_seconds = 0.05
        self.hold_until_jobs = 0  # a job does not finish before this many jobs were started: overlap by order
        self.start_delay = 0.0  # seconds StartTextTranslationJob waits before it answers
        self.next_parallel_data_failure: str | None = None
        self.parallel_data_failures: dict[str, str] = {}  # resource name → the failure of its next import
        self.parallel_data_seconds = 0.05
        self.threads: list[threading.Thread] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    # -- lifecycle ------------------------------------------------------------------
    @property
    def endpoint(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> TranslateDouble:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        for t in self.threads:
            t.join(timeout=5)

    def fail(self, operation: str, code: str, times: int = 1) -> None:
        self.faults[operation].extend([code] * times)

    def count(self, operation: str) -> int:
        return sum(1 for op, _ in self.calls if op == operation)

    # -- HTTP -----------------------------------------------------------------------
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        double = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                protocol, operation = double.protocol_of(self.path, self.headers)
                if protocol is None:
                    problem = (
                        f"unsupported wire protocol: Content-Type {self.headers.get('Content-Type')!r}, "
                        f"X-Amz-Target {self.headers.get('X-Amz-Target')!r}, path {self.path!r}"
                        " — this double speaks JSON 1.1 and Smithy RPC v2 CBOR; extend tests/aws_double"
                    )
                    double.protocol_errors.append(problem)
                    self._send("json", 400, {"__type": "UnsupportedProtocol", "message": problem})
                    return
                double.protocols_seen.add(protocol)
                try:
                    params = (cbor2.loads(body) if protocol == "cbor" else json.loads(body)) if body else {}
                    result = double.dispatch(operation, params)
                except ServiceError as exc:
                    code = f"com.amazonaws.translate#{exc.code}" if protocol == "cbor" else exc.code
                    self._send(protocol, exc.status, {"__type": code, "message": exc.message})
                    return
                self._send(protocol, 200, result)

            def _send(self, protocol: str, status: int, payload: dict[str, Any]) -> None:
                data = cbor2.dumps(payload) if protocol == "cbor" else json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", CBOR_CONTENT_TYPE if protocol == "cbor" else CONTENT_TYPE)
                if protocol == "cbor":
                    self.send_header("smithy-protocol", "rpc-v2-cbor")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    @staticmethod
    def protocol_of(path: str, headers: Any) -> tuple[str | None, str]:
        """The wire protocol of a request and its operation: JSON 1.1 (``X-Amz-Target``) or Smithy RPC v2
        CBOR (``/service/<name>/operation/<op>``, ``smithy-protocol: rpc-v2-cbor``); (None, "") otherwise."""
        target, ctype = headers.get("X-Amz-Target", ""), headers.get("Content-Type", "")
        if target.startswith(TARGET_PREFIX) and ctype.startswith(CONTENT_TYPE):
            return "json", target[len(TARGET_PREFIX) :]
        found = CBOR_PATH.fullmatch(path)
        if found and headers.get("smithy-protocol") == "rpc-v2-cbor" and ctype in ("", CBOR_CONTENT_TYPE):
            return "cbor", found.group(1)
        return None, ""

    def dispatch(self, operation: str, params: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.calls.append((operation, params))
            if self.faults[operation]:
                code = self.faults[operation].popleft()
                raise ServiceError(code, f"injected {code}", 429 if "TooMany" in code or "Throttl" in code else 400)
        handler = getattr(self, f"op_{operation}", None)
        if handler is None:
            raise ServiceError("UnknownOperationException", f"the double does not implement {operation}")
        try:
            result: dict[str, Any] = handler(params)
        except TerminologyError as exc:
            raise ServiceError(exc.code, exc.message) from None
        return result

    # -- TranslateText ----------------------------------------------------------------
    def op_TranslateText(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        text = p["Text"]
        if len(text.encode("utf-8")) > 10_000:
            raise ServiceError("TextSizeLimitExceededException", "Input text size exceeds limit")
        names = p.get("TerminologyNames", [])
        out, applied = translate_html(text, p["TargetLanguageCode"], terms=self.terminologies.terms_of(names))
        response: dict[str, Any] = {
            "TranslatedText": f"[{p['TargetLanguageCode']}] {out}",
            "SourceLanguageCode": p["SourceLanguageCode"],
            "TargetLanguageCode": p["TargetLanguageCode"],
        }
        if names:
            response["AppliedTerminologies"] = [{"Name": names[0], "Terms": applied}]
        return response

    # -- Custom Terminology ----------------------------------------------------------------
    def op_ImportTerminology(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return self.terminologies.import_(p)

    def op_GetTerminology(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        properties = self.terminologies.properties(p["Name"])
        location = {"RepositoryType": "S3", "Location": f"{self.endpoint}/terminology/{p['Name']}"}
        return {"TerminologyProperties": properties, "TerminologyDataLocation": location}

    def op_ListTerminologies(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return self.terminologies.list()

    # -- batch jobs -------------------------------------------------------------------
    def op_StartTextTranslationJob(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self.lock:
            token = p.get("ClientToken")
            if token and token in self.tokens:  # idempotent: the same token is the same job
                job = self.jobs[self.tokens[token]]
                return {"JobId": job["JobId"], "JobStatus": job["JobStatus"]}
            running = sum(1 for j in self.jobs.values() if j["JobStatus"] in ("SUBMITTED", "IN_PROGRESS"))
            if running >= 10:
                raise ServiceError("LimitExceededException", "too many concurrent jobs")
            for name in p.get("ParallelDataNames", []):
                if name not in self.parallel_data:
                    raise ServiceError("ResourceNotFoundException", f"parallel data {name} not found")
            self.terminologies.terms_of(p.get("TerminologyNames", []))  # each must exist
            job_id = uuid.uuid4().hex
            job = {
                "JobId": job_id,
                "JobName": p.get("JobName"),
                "JobStatus": "SUBMITTED",
                "InputDataConfig": p["InputDataConfig"],
                "OutputDataConfig": {"S3Uri": p["OutputDataConfig"]["S3Uri"]},
                "SourceLanguageCode": p["SourceLanguageCode"],
                "TargetLanguageCodes": p["TargetLanguageCodes"],
                "ParallelDataNames": p.get("ParallelDataNames", []),
                "TerminologyNames": p.get("TerminologyNames", []),
                "DataAccessRoleArn": p["DataAccessRoleArn"],
                "SubmittedTime": time.time(),
                "outcome": self.next_job_outcome,
            }
            self.next_job_outcome = None
            self.jobs[job_id] = job
            if token:
                self.tokens[token] = job_id
            thread = threading.Thread(target=self._run_job, args=(job_id,), daemon=True)
            self.threads.append(thread)
            thread.start()
        time.sleep(self.start_delay)  # the job exists and runs; the answer is late (a client may die waiting)
        return {"JobId": job_id, "JobStatus": "SUBMITTED"}

    def _run_job(self, job_id: str) -> None:
        job = self.jobs[job_id]
        time.sleep(self.job_seconds / 2)
        with self.lock:
            if job["JobStatus"] == "STOP_REQUESTED":
                job["JobStatus"] = "STOPPED"
                return
            job["JobStatus"] = "IN_PROGRESS"
            act = None
            for name in job["ParallelDataNames"]:  # the data active when the job runs
                act = dict(self.parallel_data[name]["active_pairs"])
            terms = self.terminologies.terms_of(job["TerminologyNames"])
        time.sleep(self.job_seconds / 2)
        deadline = time.monotonic() + 60
        while len(self.jobs) < self.hold_until_jobs and time.monotonic() < deadline:
            time.sleep(0.01)  # held: the jobs that must run beside this one are not all started yet
        if job["outcome"] == "failed":
            with self.lock:
                job["JobStatus"] = "FAILED"
                job["Message"] = "Amazon Translate could not read the input documents (injected failure)"
            return
        bucket, _, prefix = job["InputDataConfig"]["S3Uri"][5:].partition("/")
        out_bucket, _, out_prefix = job["OutputDataConfig"]["S3Uri"][5:].partition("/")
        folder = f"{out_prefix}{ACCOUNT}-TranslateText-{job_id}/"
        keys = [o["Key"] for o in self.s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", [])]
        target = job["TargetLanguageCodes"][0]
        details, errors = [], 0
        for n, key in enumerate(sorted(keys)):
            name = key.rsplit("/", 1)[-1]
            if job["outcome"] == "partial" and n == 0:
                errors += 1
                details.append({"sourceFile": name, "errorMessage": "injected document failure"})
                continue
            text = self.s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode("utf-8")
            translated, _applied = translate_html(text, target, act, terms)
            self.s3.put_object(Bucket=out_bucket, Key=f"{folder}{target}.{name}", Body=translated.encode())
            details.append({"sourceFile": name, "targetFile": f"{target}.{name}"})
        self.s3.put_object(
            Bucket=out_bucket,
            Key=f"{folder}details/{target}.auxiliary-translation-details.json",
            Body=json.dumps({"details": details, "documentsWithErrorsCount": errors}).encode(),
        )
        with self.lock:
            job["JobDetails"] = {
                "TranslatedDocumentsCount": len(keys) - errors,
                "DocumentsWithErrorsCount": errors,
                "InputDocumentsCount": len(keys),
            }
            if job["JobStatus"] == "STOP_REQUESTED":
                job["JobStatus"] = "STOPPED"
            else:
                job["JobStatus"] = "COMPLETED_WITH_ERROR" if errors else "COMPLETED"
            job["EndTime"] = time.time()

    def _job(self, job_id: str) -> dict[str, Any]:
        if job_id not in self.jobs:
            raise ServiceError("ResourceNotFoundException", f"no job {job_id}")
        return self.jobs[job_id]

    def op_DescribeTextTranslationJob(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self.lock:
            job = self._job(p["JobId"])
            return {"TextTranslationJobProperties": {k: v for k, v in job.items() if k[0].isupper()}}

    def op_StopTextTranslationJob(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self.lock:
            job = self._job(p["JobId"])
            if job["JobStatus"] in ("SUBMITTED", "IN_PROGRESS"):
                job["JobStatus"] = "STOP_REQUESTED"
            return {"JobId": job["JobId"], "JobStatus": job["JobStatus"]}

    # -- parallel data -------------------------------------------------------------------
    def _config(self, p: dict[str, Any]) -> tuple[str, str, str]:
        uri = p["ParallelDataConfig"]["S3Uri"]
        bucket, _, key = uri[5:].partition("/")
        return bucket, key, p["ParallelDataConfig"]["Format"]

    def op_CreateParallelData(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        name = p["Name"]
        if not re.fullmatch(r"([A-Za-z0-9-]_?)+", name):
            raise ServiceError("InvalidParameterValueException", f"invalid name {name}")
        with self.lock:
            if name in self.parallel_data:
                raise ServiceError("ConflictException", f"parallel data {name} already exists")
            now = time.time()
            self.parallel_data[name] = {
                "Name": name,
                "Arn": f"arn:aws:translate:{self.region}:{ACCOUNT}:parallel-data/{name}",
                "Status": "CREATING",
                "ParallelDataConfig": p["ParallelDataConfig"],
                "CreatedAt": now,
                "LastUpdatedAt": now,
                "active_pairs": {},
                "active_key": None,
                "error_key": None,
            }
            self._import_later(name, update=False)
            return {"Name": name, "Status": "CREATING"}

    def op_UpdateParallelData(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        name = p["Name"]
        with self.lock:
            if name not in self.parallel_data:
                raise ServiceError("ResourceNotFoundException", f"parallel data {name} not found")
            res = self.parallel_data[name]
            if res["Status"] not in ("ACTIVE", "FAILED") or res.get("LatestUpdateAttemptStatus") == "UPDATING":
                raise ServiceError("ConflictException", f"parallel data {name} is being created or updated")
            res["LatestUpdateAttemptStatus"] = "UPDATING"
            res["LatestUpdateAttemptAt"] = time.time()
            res["pending_config"] = p["ParallelDataConfig"]
            self._import_later(name, update=True)
            return {"Name": name, "Status": res["Status"], "LatestUpdateAttemptStatus": "UPDATING"}

    def _import_later(self, name: str, *, update: bool) -> None:
        thread = threading.Thread(target=self._import, args=(name, update), daemon=True)
        self.threads.append(thread)
        thread.start()

    def _import(self, name: str, update: bool) -> None:
        time.sleep(self.parallel_data_seconds)
        with self.lock:
            res = self.parallel_data[name]
            config = res.get("pending_config") if update else res["ParallelDataConfig"]
            failure = self.parallel_data_failures.pop(name, None)
            if failure is None:
                failure, self.next_parallel_data_failure = self.next_parallel_data_failure, None
        bucket, _, key = config["S3Uri"][5:].partition("/")
        pairs: dict[str, str] = {}
        failed = skipped = 0
        errors: list[str] = []
        try:
            data = self.s3.get_object(Bucket=bucket, Key=key)["Body"].read()
            pairs, failed, skipped, errors = read_parallel_data(data, config["Format"])
        except Exception as exc:  # noqa: BLE001 - any unreadable input is a failed import
            failure = failure or f"could not read the input file: {exc}"
        if failure:
            errors = [failure, *errors]
        error_key = f"errors/{name}/{uuid.uuid4().hex}.txt"
        self.s3.put_object(Bucket=bucket, Key=error_key, Body="\n".join(errors).encode() or b"no errors")
        with self.lock:
            state = "FAILED" if failure else "ACTIVE"
            res["error_key"] = (bucket, error_key)
            res["Message"] = failure
            if update:
                res["LatestUpdateAttemptStatus"] = state
                if state == "ACTIVE":
                    res["ParallelDataConfig"] = config
                    res["Status"] = "ACTIVE"  # a resource whose creation failed has usable data once an update lands
            else:
                res["Status"] = state
            if state == "ACTIVE":
                res["active_pairs"], res["active_key"] = pairs, (bucket, key)
                res["ImportedRecordCount"] = len(pairs)
                res["LastUpdatedAt"] = time.time()
            res["FailedRecordCount"], res["SkippedRecordCount"] = failed, skipped

    def _url(self, location: tuple[str, str] | None) -> dict[str, str] | None:
        if not location:
            return None
        bucket, key = location
        url = self.s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=1800)
        return {"RepositoryType": "S3", "Location": url}

    def op_ListParallelData(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self.lock:
            props = [
                {k: v for k, v in res.items() if k[0].isupper() and v is not None}
                for res in self.parallel_data.values()
            ]
        return {"ParallelDataPropertiesList": props[: int(p.get("MaxResults", 100))]}

    def op_GetParallelData(self, p: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self.lock:
            if p["Name"] not in self.parallel_data:
                raise ServiceError("ResourceNotFoundException", f"parallel data {p['Name']} not found")
            res = self.parallel_data[p["Name"]]
            props = {k: v for k, v in res.items() if k[0].isupper() and v is not None}
            out: dict[str, Any] = {"ParallelDataProperties": props}
            data = self._url(res["active_key"])
            if data:
                out["DataLocation"] = data
            aux = self._url(res["error_key"])
            if aux:
                out[
                    "LatestUpdateAttemptAuxiliaryDataLocation"
                    if "LatestUpdateAttemptStatus" in res
                    else "AuxiliaryDataLocation"
                ] = aux
            return out


def utc(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat()
