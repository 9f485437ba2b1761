"""Batch-job rows in the project store.

A job row is written, with its ClientToken, *before* the service is asked to start the job, so a
restarted app finds it and resumes instead of submitting a second job.

Local job status:

* ``pending``   – the row exists; the start call may or may not have reached the service;
* ``running``   – the service gave a JobId; poll it;
* ``done`` / ``partial`` – results stored (``partial``: some documents or segments did not come back);
* ``failed`` / ``stopped`` – nothing more will come; the service's message is kept.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from amts_gui.core.project.store import Store

ACTIVE_STATUSES = ("pending", "running")
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

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def key(self) -> str:
        return str(self.params["job_key"])


def _record(row: dict[str, Any]) -> JobRecord:
    """A row of ``jobs``, its JSON columns decoded."""
    return JobRecord(
        id=row["id"],
        engine=row["engine"],
        client_token=row["client_token"],
        job_id=row["job_id"],
        status=row["status"],
        service_status=row["service_status"],
        message=row["message"],
        params=json.loads(row["params"]),
        detail=json.loads(row["detail"] or "{}"),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def new_client_token() -> str:
    return str(uuid.uuid4())


def create_job(store: Store, engine: str, params: dict[str, Any], client_token: str | None = None) -> JobRecord:
    stamp = store.now()
    token = client_token or new_client_token()
    with store.transaction() as db:
        pk = (
            db.table("jobs")
            .insert(
                {
                    "engine": engine,
                    "client_token": token,
                    "job_id": None,
                    "status": "pending",
                    "service_status": None,
                    "message": None,
                    "params": json.dumps(params, ensure_ascii=False, sort_keys=True),
                    "detail": "{}",
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
            .last_pk
        )
    return get_job(store, int(pk or 0))


def update_job(store: Store, job: int, **changes: Any) -> JobRecord:
    values = {
        k: (json.dumps(v, ensure_ascii=False, sort_keys=True) if k == "detail" else v) for k, v in changes.items()
    }
    values["updated_at"] = store.now()
    with store.transaction() as db:
        db.table("jobs").update(job, values)
    return get_job(store, job)


def get_job(store: Store, job: int) -> JobRecord:
    rows = list(store.db.query("SELECT * FROM jobs WHERE id = ?", [job]))
    if not rows:
        raise KeyError(job)
    return _record(rows[0])


def list_jobs(store: Store, *, active_only: bool = False) -> list[JobRecord]:
    where = f"WHERE status IN ({', '.join('?' * len(ACTIVE_STATUSES))})" if active_only else ""
    params = list(ACTIVE_STATUSES) if active_only else []
    return [_record(r) for r in store.db.query(f"SELECT * FROM jobs {where} ORDER BY id", params)]
