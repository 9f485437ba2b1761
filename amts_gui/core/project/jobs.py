"""Batch-job rows in the project store.

A job row is written, with its ClientToken, *before* the service is asked to start the job, so a
restarted app finds it and resumes instead of submitting a second job.

Local job status:

* ``queued``    – waiting for a free place among Amazon's concurrent jobs; nothing sent yet;
* ``pending``   – the row exists; the start call may or may not have reached the service;
* ``running``   – the service gave a JobId; poll it;
* ``done`` / ``partial`` – results stored (``partial``: some documents or segments did not come back);
* ``failed`` / ``stopped`` – nothing more will come; the service's message is kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.rows import encode_json
from amts_gui.core.project.store import Store

AT_SERVICE = ("pending", "running")  # what counts against Amazon's limit of concurrent jobs
ACTIVE_STATUSES = ("queued", *AT_SERVICE)  # unfinished: resumed, waited for
FINAL_STATUSES = ("done", "partial", "failed", "stopped")


@dataclass(frozen=True)
class JobRecord:
    id: int
    engine: str
    client_token: str
    job_id: str | None
    status: str
    service_status: str | None
    message: str | None
    params: dict[str, Any]
    detail: dict[str, Any]
    created_at: str
    updated_at: str
    target_lang: str  # the language the job drafts into

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def key(self) -> str:
        return str(self.params["job_key"])


_COLUMNS = (
    "id, engine, client_token, job_id, status, service_status, message, params, detail, created_at, updated_at, "
    "target_lang"
)
_CHANGEABLE = {"job_id", "status", "service_status", "message", "detail"}


def _record(row: tuple[Any, ...]) -> JobRecord:
    """A row of ``jobs`` (the columns of ``_COLUMNS``), its JSON columns decoded."""
    job, engine, token, job_id, status, service_status, message, params, detail, created, updated, target = row
    return JobRecord(
        job,
        engine,
        token,
        job_id,
        status,
        service_status,
        message,
        json.loads(params),
        json.loads(detail),
        created,
        updated,
        target,
    )


def new_client_token() -> str:
    import uuid  # with platform, 3 ms at the window's start: loaded when a job is made

    return str(uuid.uuid4())


def create_job(
    store: Store, engine: str, params: dict[str, Any], client_token: str | None = None, *, queued: bool = False
) -> JobRecord:
    """A ``pending`` job with its ClientToken, written before the service is asked to start it (``queued``:
    one that waits for a free place first)."""
    stamp = store.now()
    token = client_token or new_client_token()
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO jobs (engine, client_token, status, params, detail, created_at, updated_at, target_lang) "
            "VALUES (?, ?, ?, ?, '{}', ?, ?, ?)",
            [engine, token, "queued" if queued else "pending", encode_json(params), stamp, stamp, store.target],
        )
        job = cursor.lastrowid
    assert job is not None
    return get_job(store, job)


def update_job(store: Store, job: int, **changes: Any) -> JobRecord:
    """Change the named columns (``detail`` is a dict) and stamp the change."""
    unknown = set(changes) - _CHANGEABLE
    if unknown:
        raise ValueError(f"a job has no changeable column {sorted(unknown)[0]!r}")
    values = {k: encode_json(v) if k == "detail" else v for k, v in changes.items()}
    values["updated_at"] = store.now()
    assignments = ", ".join(f"{column} = ?" for column in values)
    with store.transaction() as db:
        db.execute(f"UPDATE jobs SET {assignments} WHERE id = ?", [*values.values(), job])
    return get_job(store, job)


def get_job(store: Store, job: int) -> JobRecord:
    row = store.db.execute(f"SELECT {_COLUMNS} FROM jobs WHERE id = ?", [job]).fetchone()
    if row is None:
        raise InputError(message("no batch job {job} in this project; `amts jobs PROJECT` lists them", job=job))
    return _record(row)


def list_jobs(store: Store, *, active_only: bool = False, every_target: bool = False) -> list[JobRecord]:
    """The store's target's jobs (or every target's), oldest first; with ``active_only``, those still
    pending or running."""
    where, params = ["1 = 1"], []
    if not every_target:
        where.append("target_lang = ?")
        params.append(store.target)
    if active_only:
        where.append(f"status IN ({', '.join('?' * len(ACTIVE_STATUSES))})")
        params.extend(ACTIVE_STATUSES)
    rows = store.db.execute(f"SELECT {_COLUMNS} FROM jobs WHERE {' AND '.join(where)} ORDER BY id", params)
    return [_record(r) for r in rows]


def jobs_at_service(store: Store) -> int:
    """Jobs of every target that Amazon may be running now (pending or running): they count against its
    limit of concurrent jobs per account."""
    marks = ", ".join("?" * len(AT_SERVICE))
    return int(store.db.execute(f"SELECT COUNT(*) FROM jobs WHERE status IN ({marks})", AT_SERVICE).fetchone()[0])
