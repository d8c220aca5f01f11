"""The retraining job queue: a :class:`JobStore` interface and its SQLite implementation.

Jobs move through explicit states (:class:`JobState`)::

    queued --claim--> running --finish--> done | failed
       \\                 \\--cancel--> cancelled      (the worker kills its subprocess)
        \\--cancel--> cancelled          running --recover (worker died)--> queued | failed

A job is claimed in one ``UPDATE ... RETURNING`` inside ``BEGIN IMMEDIATE``, so two workers never get the
same job; the running worker refreshes ``heartbeat_at``, and a job whose heartbeat is stale or whose worker
process is gone goes back to the queue (``attempts`` counts claims; at ``max_attempts`` it fails instead).
A partial unique index allows one active (queued or running) job per handle.

The same database holds the **consent ledger** of Discord members (migration 2): one row per change
(``consent_ledger``, append-only: who, which server, given or revoked, the scope, who did it and when),
so a member's current state is their latest row and the whole history stays; and the channels that
collection may read in each server (``collect_channels``).

All SQL uses named parameters. The schema is built by numbered migrations (:data:`MIGRATIONS`), applied at
start-up and recorded in ``schema_version``. The PostgreSQL store (:mod:`bot.jobs.postgres`) implements the
same :class:`JobStore` protocol and runs the same tests; :func:`open_store` picks one from the config.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import enum
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import aiosqlite

from imitate.errors import UserError
from imitate.paths import parse_model_name
from imitate.wording import count

if TYPE_CHECKING:
    pass

logger = logging.getLogger(__name__)

LOG_TAIL_CHARS = 4000


class JobState(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def active(self) -> bool:
        return self in (JobState.QUEUED, JobState.RUNNING)


@dataclass(frozen=True)
class Job:
    id: int
    handle: str
    state: JobState
    requester_id: int
    guild_id: int | None
    channel_id: int | None
    message_id: int | None
    created_at: float
    started_at: float | None
    finished_at: float | None
    attempts: int
    error: str | None
    log_tail: str | None
    worker_id: str | None
    heartbeat_at: float | None
    step: str | None

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> Job:
        values = {name: row[name] for name in cls.__dataclass_fields__}
        values["state"] = JobState(values["state"])
        return cls(**values)


class ConsentState(enum.StrEnum):
    GIVEN = "given"
    REVOKED = "revoked"


class ConsentScope(enum.StrEnum):
    NEW = "new"  # messages from the moment of consent on
    HISTORY = "history"  # also past messages, read by a backfill


@dataclass(frozen=True)
class ConsentRecord:
    """One row of the consent ledger: a change made by ``actor_id`` (the member themselves)."""

    id: int
    guild_id: int
    user_id: int
    state: ConsentState
    scope: ConsentScope
    actor_id: int
    created_at: float

    @property
    def given(self) -> bool:
        return self.state is ConsentState.GIVEN

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> ConsentRecord:
        values = {name: row[name] for name in cls.__dataclass_fields__}
        values["state"] = ConsentState(values["state"])
        values["scope"] = ConsentScope(values["scope"])
        return cls(**values)


@dataclass(frozen=True)
class ScheduleState:
    """Where the retraining schedule stands for one model (migration 3), so a restart does not re-fire.

    ``posts_stored``: the posts on disk at the last check; ``pending_posts``: posts new since the last
    queued retrain; ``note``: why the last check could not count (reported once, then only re-checked
    every ``every_hours``)."""

    model: str
    checked_at: float
    queued_at: float | None = None
    posts_stored: int = 0
    pending_posts: int = 0
    note: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> ScheduleState:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


class JobStore(Protocol):
    """What the bot, the worker and the CLI need from a job queue (SQLite here; PostgreSQL in postgres.py)."""

    async def open(self) -> None: ...
    async def close(self) -> None: ...
    async def enqueue(
        self, handle: str, requester_id: int, guild_id: int | None, channel_id: int | None
    ) -> tuple[Job, bool]:
        """Queue a job for ``handle``; an active job for it is returned instead (created False)."""
        ...

    async def get(self, job_id: int) -> Job | None: ...
    async def running_for(self, handle: str) -> Job | None:
        """The running job of model ``handle``, if any."""
        ...

    async def queue_position(self, job_id: int) -> int:
        """1 for the next queued job, 2 for the one after, ...; 0 when running or finished."""
        ...

    async def recent(self, limit: int = 10, guild_id: int | None = None) -> list[Job]: ...
    async def claim(self, worker_id: str) -> Job | None: ...
    async def heartbeat(
        self, job_id: int, worker_id: str, *, step: str | None = None, log_tail: str | None = None
    ) -> bool:
        """Refresh the heartbeat; False when the job is no longer this worker's running job (cancelled)."""
        ...

    async def finish(
        self, job_id: int, worker_id: str, state: JobState, *, error: str | None = None, log_tail: str | None = None
    ) -> bool: ...
    async def release(self, job_id: int, worker_id: str) -> bool:
        """Put a running job back in the queue without counting the attempt (clean shutdown)."""
        ...

    async def cancel(self, job_id: int, reason: str = "cancelled") -> Job | None:
        """Cancel a queued or running job; None when there is no such active job."""
        ...

    async def set_message_id(self, job_id: int, message_id: int) -> None: ...
    async def recover_stale(self, stale_seconds: float, max_attempts: int, is_dead: Callable[[str], bool]) -> list[Job]:
        """Requeue (or fail, past ``max_attempts``) running jobs whose worker stopped; returns them."""
        ...

    async def active_jobs(self) -> list[Job]:
        """Every queued or running job, oldest first (``/forget`` cancels those of a forgotten member)."""
        ...

    # --- the consent ledger and the channels collection may read ---------------------------------------

    async def record_consent(
        self, guild_id: int, user_id: int, state: ConsentState, scope: ConsentScope, actor_id: int
    ) -> ConsentRecord:
        """Append one change to the ledger; returns the new row."""
        ...

    async def latest_consent(self, guild_id: int, user_id: int) -> ConsentRecord | None:
        """The member's current state in that server: their latest ledger row (None: never asked)."""
        ...

    async def consent_history(self, user_id: int, guild_id: int | None = None) -> list[ConsentRecord]:
        """Every ledger row of ``user_id`` (in one server, or all), oldest first."""
        ...

    async def set_collect_channel(self, guild_id: int, channel_id: int, allowed: bool, actor_id: int) -> bool:
        """Allow (or stop) collection in a channel; False when it already was so."""
        ...

    async def collect_channels(self, guild_id: int) -> list[int]:
        """The channels of ``guild_id`` that collection may read (set with ``/collect channel``)."""

    async def publish_and_finish(
        self, job_id: int, worker_id: str, publish: Callable[[], Awaitable[None]], *, log_tail: str | None = None
    ) -> bool:
        """Run ``publish`` and mark the job done, only while it is this worker's running job (else False)."""
        ...

    def subscribe(
        self, *, on_queued: Callable[[], None] | None = None, on_published: Callable[[str], None] | None = None
    ) -> None:
        """Callbacks for jobs queued and models published by other processes (where the store can tell)."""
        ...

    async def model_published(self, name: str) -> None:
        """Tell the other processes sharing this store that model ``name`` has a new version."""
        ...

    # --- the retraining schedule ------------------------------------------------------------------------

    async def schedule_state(self, model: str) -> ScheduleState | None:
        """The schedule's record of ``model`` (None: never checked)."""
        ...

    async def save_schedule_state(self, state: ScheduleState) -> None:
        """Insert or replace the schedule's record of ``state.model``."""
        ...


# Numbered migrations: append, never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    # 1: the jobs table
    """
    CREATE TABLE jobs (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        handle        TEXT    NOT NULL,
        state         TEXT    NOT NULL DEFAULT 'queued'
                      CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
        requester_id  INTEGER NOT NULL,
        guild_id      INTEGER,
        channel_id    INTEGER,
        message_id    INTEGER,
        created_at    REAL    NOT NULL,
        started_at    REAL,
        finished_at   REAL,
        attempts      INTEGER NOT NULL DEFAULT 0,
        error         TEXT,
        log_tail      TEXT,
        worker_id     TEXT,
        heartbeat_at  REAL,
        step          TEXT
    );
    CREATE INDEX jobs_state_id ON jobs (state, id);
    CREATE UNIQUE INDEX jobs_one_active_per_handle ON jobs (handle) WHERE state IN ('queued', 'running');
    """,
    # 2: the consent ledger (append-only) and the channels collection may read
    """
    CREATE TABLE consent_ledger (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id    INTEGER NOT NULL,
        user_id     INTEGER NOT NULL,
        state       TEXT    NOT NULL CHECK (state IN ('given', 'revoked')),
        scope       TEXT    NOT NULL CHECK (scope IN ('new', 'history')),
        actor_id    INTEGER NOT NULL,
        created_at  REAL    NOT NULL
    );
    CREATE INDEX consent_ledger_member ON consent_ledger (guild_id, user_id, id);
    CREATE INDEX consent_ledger_user ON consent_ledger (user_id, id);
    CREATE TABLE collect_channels (
        guild_id    INTEGER NOT NULL,
        channel_id  INTEGER NOT NULL,
        added_by    INTEGER NOT NULL,
        added_at    REAL    NOT NULL,
        PRIMARY KEY (guild_id, channel_id)
    );
    """,
    # 3: where the retraining schedule stands for each model
    """
    CREATE TABLE schedule_state (
        model          TEXT    PRIMARY KEY,
        checked_at     REAL    NOT NULL,
        queued_at      REAL,
        posts_stored   INTEGER NOT NULL DEFAULT 0,
        pending_posts  INTEGER NOT NULL DEFAULT 0,
        note           TEXT
    );
    """,
)

SCHEDULE_UPSERT = (
    "INSERT INTO schedule_state (model, checked_at, queued_at, posts_stored, pending_posts, note) "
    "VALUES (:model, :checked_at, :queued_at, :posts_stored, :pending_posts, :note) "
    "ON CONFLICT (model) DO UPDATE SET checked_at = excluded.checked_at, queued_at = excluded.queued_at, "
    "posts_stored = excluded.posts_stored, pending_posts = excluded.pending_posts, note = excluded.note"
)


class JobStoreError(UserError, RuntimeError):
    """The job database cannot be opened or used as is (damaged, not a database, unreadable)."""

    @classmethod
    def unusable(cls, path: Path, exc: BaseException) -> JobStoreError:
        return cls(
            f"the job database {path} cannot be used ({exc}): stop the bot and workers, move the file aside "
            "(it holds only the retraining queue and its history) and start again, which creates a new one"
        )


class SqliteJobStore:
    """:class:`JobStore` on one SQLite file (WAL, busy timeout), shared by the bot and ``imitate worker``."""

    def __init__(
        self, path: Path | str, *, busy_timeout_ms: int = 10_000, migrations: Sequence[str] = MIGRATIONS
    ) -> None:
        self.path = Path(path)
        self.busy_timeout_ms = busy_timeout_ms
        self.migrations = tuple(migrations)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()  # one statement or transaction at a time on this connection

    async def __aenter__(self) -> SqliteJobStore:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- connection and migrations ------------------------------------------------------------------

    async def open(self) -> None:
        """Connect, check and migrate; a damaged or unreadable file raises :class:`JobStoreError`.

        On any failure the connection (and its thread, which would keep the process alive) is closed.
        """
        if self._db is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = await aiosqlite.connect(self.path, isolation_level=None)  # autocommit; explicit BEGIN below
        except (OSError, sqlite3.Error) as exc:
            raise JobStoreError.unusable(self.path, exc) from exc
        try:
            await self._configure(db)
            self._db = db
            await self._migrate()
        except BaseException as exc:
            self._db = None
            with contextlib.suppress(Exception):
                await db.close()
            if isinstance(exc, sqlite3.Error):
                raise JobStoreError.unusable(self.path, exc) from exc
            raise

    async def _configure(self, db: aiosqlite.Connection) -> None:
        db.row_factory = sqlite3.Row
        await db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")  # an int, not user input
        await self._switch_to_wal(db)
        await db.execute("PRAGMA synchronous = NORMAL")
        rows = list(await db.execute_fetchall("PRAGMA quick_check"))  # a truncated file opens fine otherwise
        if [tuple(row) for row in rows] != [("ok",)]:
            raise sqlite3.DatabaseError(f"quick_check: {rows[0][0] if rows else 'no answer'}")

    async def _switch_to_wal(self, db: aiosqlite.Connection) -> None:
        """``PRAGMA journal_mode = WAL``, tried again while another process switches the same new file.

        SQLite answers that lock conflict with SQLITE_BUSY at once, without waiting out the busy timeout
        (it would deadlock otherwise): two workers opening a fresh job database together failed about one
        time in six. So this waits here, up to the busy timeout.
        """
        deadline = time.monotonic() + self.busy_timeout_ms / 1000
        delay = 0.002
        while True:
            try:
                await db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() >= deadline:
                    raise
            await asyncio.sleep(delay)
            delay = min(2 * delay, 0.05)

    async def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            await db.close()

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("the job store is not open")
        return self._db

    @contextlib.asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """``BEGIN IMMEDIATE`` (takes the write lock now, waiting up to the busy timeout) ... ``COMMIT``."""
        async with self._lock:
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
            await self.db.execute("COMMIT")

    async def schema_version(self) -> int:
        async with self._lock:
            rows = await self.db.execute_fetchall("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version")
        return int(list(rows)[0]["v"])

    async def _migrate(self) -> None:
        async with self._lock:
            await self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at REAL NOT NULL)"
            )
        for number, sql in enumerate(self.migrations, start=1):
            async with self._transaction() as db:
                rows = await db.execute_fetchall(
                    "SELECT 1 FROM schema_version WHERE version = :version", {"version": number}
                )
                if list(rows):
                    continue
                for statement in _statements(sql):
                    await db.execute(statement)
                await db.execute(
                    "INSERT INTO schema_version (version, applied_at) VALUES (:version, :now)",
                    {"version": number, "now": time.time()},
                )
                logger.info("job database %s: applied migration %d", self.path, number)

    # --- queries ----------------------------------------------------------------------------------

    async def _one(self, sql: str, params: dict[str, Any]) -> Job | None:
        async with self._lock:
            rows = list(await self.db.execute_fetchall(sql, params))
        return Job.from_row(rows[0]) if rows else None

    async def enqueue(
        self, handle: str, requester_id: int, guild_id: int | None, channel_id: int | None
    ) -> tuple[Job, bool]:
        handle = parse_model_name(handle)  # the job key: "bob-alice" is alice-bob's job
        async with self._transaction() as db:
            rows = list(
                await db.execute_fetchall(
                    "SELECT * FROM jobs WHERE handle = :handle AND state IN ('queued', 'running') ORDER BY id LIMIT 1",
                    {"handle": handle},
                )
            )
            if rows:
                return Job.from_row(rows[0]), False
            rows = list(
                await db.execute_fetchall(
                    "INSERT INTO jobs (handle, state, requester_id, guild_id, channel_id, created_at) "
                    "VALUES (:handle, 'queued', :requester_id, :guild_id, :channel_id, :now) RETURNING *",
                    {
                        "handle": handle,
                        "requester_id": requester_id,
                        "guild_id": guild_id,
                        "channel_id": channel_id,
                        "now": time.time(),
                    },
                )
            )
        return Job.from_row(rows[0]), True

    async def get(self, job_id: int) -> Job | None:
        return await self._one("SELECT * FROM jobs WHERE id = :id", {"id": job_id})

    async def running_for(self, handle: str) -> Job | None:
        handle = parse_model_name(handle)
        return await self._one(
            "SELECT * FROM jobs WHERE handle = :handle AND state = 'running' ORDER BY id LIMIT 1", {"handle": handle}
        )

    async def queue_position(self, job_id: int) -> int:
        async with self._lock:
            rows = list(
                await self.db.execute_fetchall(
                    "SELECT COUNT(*) AS n FROM jobs WHERE state = 'queued' AND id <= :id "
                    "AND EXISTS (SELECT 1 FROM jobs WHERE id = :id AND state = 'queued')",
                    {"id": job_id},
                )
            )
        return int(rows[0]["n"])

    async def recent(self, limit: int = 10, guild_id: int | None = None) -> list[Job]:
        async with self._lock:
            rows = await self.db.execute_fetchall(
                "SELECT * FROM jobs WHERE (:guild_id IS NULL OR guild_id = :guild_id) ORDER BY id DESC LIMIT :limit",
                {"guild_id": guild_id, "limit": limit},
            )
        return [Job.from_row(row) for row in rows]

    async def claim(self, worker_id: str) -> Job | None:
        now = time.time()
        async with self._transaction() as db:
            rows = list(
                await db.execute_fetchall(
                    "UPDATE jobs SET state = 'running', worker_id = :worker_id, started_at = :now, "
                    "heartbeat_at = :now, attempts = attempts + 1, step = NULL, error = NULL "
                    "WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1) "
                    "AND state = 'queued' RETURNING *",
                    {"worker_id": worker_id, "now": now},
                )
            )
        return Job.from_row(rows[0]) if rows else None

    async def heartbeat(
        self, job_id: int, worker_id: str, *, step: str | None = None, log_tail: str | None = None
    ) -> bool:
        async with self._lock:
            rows = await self.db.execute_fetchall(
                "UPDATE jobs SET heartbeat_at = :now, step = COALESCE(:step, step), "
                "log_tail = COALESCE(:log_tail, log_tail) "
                "WHERE id = :id AND worker_id = :worker_id AND state = 'running' RETURNING id",
                {"now": time.time(), "step": step, "log_tail": _tail(log_tail), "id": job_id, "worker_id": worker_id},
            )
        return bool(list(rows))

    async def finish(
        self, job_id: int, worker_id: str, state: JobState, *, error: str | None = None, log_tail: str | None = None
    ) -> bool:
        if state.active:
            raise ValueError(f"finish needs a final state, not {state}")
        async with self._lock:
            rows = await self.db.execute_fetchall(
                "UPDATE jobs SET state = :state, finished_at = :now, error = :error, "
                "log_tail = COALESCE(:log_tail, log_tail), heartbeat_at = NULL "
                "WHERE id = :id AND worker_id = :worker_id AND state = 'running' RETURNING id",
                {
                    "state": state.value,
                    "now": time.time(),
                    "error": error,
                    "log_tail": _tail(log_tail),
                    "id": job_id,
                    "worker_id": worker_id,
                },
            )
        return bool(list(rows))

    async def release(self, job_id: int, worker_id: str) -> bool:
        async with self._lock:
            rows = await self.db.execute_fetchall(
                "UPDATE jobs SET state = 'queued', worker_id = NULL, heartbeat_at = NULL, "
                "attempts = MAX(attempts - 1, 0) "
                "WHERE id = :id AND worker_id = :worker_id AND state = 'running' RETURNING id",
                {"id": job_id, "worker_id": worker_id},
            )
        return bool(list(rows))

    async def cancel(self, job_id: int, reason: str = "cancelled") -> Job | None:
        return await self._one(
            "UPDATE jobs SET state = 'cancelled', finished_at = :now, error = :reason, heartbeat_at = NULL "
            "WHERE id = :id AND state IN ('queued', 'running') RETURNING *",
            {"now": time.time(), "reason": reason, "id": job_id},
        )

    async def set_message_id(self, job_id: int, message_id: int) -> None:
        async with self._lock:
            await self.db.execute(
                "UPDATE jobs SET message_id = :message_id WHERE id = :id", {"message_id": message_id, "id": job_id}
            )

    async def recover_stale(self, stale_seconds: float, max_attempts: int, is_dead: Callable[[str], bool]) -> list[Job]:
        now = time.time()
        recovered: list[Job] = []
        async with self._lock:  # a cheap read first: most polls find nothing to recover
            running = [
                Job.from_row(r) for r in await self.db.execute_fetchall("SELECT * FROM jobs WHERE state = 'running'")
            ]
        if not any(_needs_recovery(job, now - stale_seconds, is_dead) for job in running):
            return []
        async with self._transaction() as db:
            running = [Job.from_row(r) for r in await db.execute_fetchall("SELECT * FROM jobs WHERE state = 'running'")]
            for job in running:
                if not _needs_recovery(job, now - stale_seconds, is_dead):
                    continue
                note = f"worker {job.worker_id} stopped during attempt {job.attempts}"
                if job.attempts >= max_attempts:
                    sql = (
                        "UPDATE jobs SET state = 'failed', finished_at = :now, error = :error, heartbeat_at = NULL "
                        "WHERE id = :id AND state = 'running' RETURNING *"
                    )
                    error = f"{note}; gave up after {count(job.attempts, 'attempt')}"
                else:
                    sql = (
                        "UPDATE jobs SET state = 'queued', worker_id = NULL, heartbeat_at = NULL, error = :error "
                        "WHERE id = :id AND state = 'running' RETURNING *"
                    )
                    error = f"{note}; requeued"
                rows = list(await db.execute_fetchall(sql, {"now": now, "error": error, "id": job.id}))
                recovered.extend(Job.from_row(r) for r in rows)
        for job in recovered:
            logger.warning("job %d (%s): %s", job.id, job.handle, job.error)
        return recovered

    async def active_jobs(self) -> list[Job]:
        async with self._lock:
            rows = await self.db.execute_fetchall("SELECT * FROM jobs WHERE state IN ('queued', 'running') ORDER BY id")
        return [Job.from_row(row) for row in rows]

    # --- the consent ledger -----------------------------------------------------------------------

    async def record_consent(
        self, guild_id: int, user_id: int, state: ConsentState, scope: ConsentScope, actor_id: int
    ) -> ConsentRecord:
        async with self._lock:
            rows = list(
                await self.db.execute_fetchall(
                    "INSERT INTO consent_ledger (guild_id, user_id, state, scope, actor_id, created_at) "
                    "VALUES (:guild_id, :user_id, :state, :scope, :actor_id, :now) RETURNING *",
                    {
                        "guild_id": guild_id,
                        "user_id": user_id,
                        "state": ConsentState(state).value,
                        "scope": ConsentScope(scope).value,
                        "actor_id": actor_id,
                        "now": time.time(),
                    },
                )
            )
        return ConsentRecord.from_row(rows[0])

    async def latest_consent(self, guild_id: int, user_id: int) -> ConsentRecord | None:
        async with self._lock:
            rows = list(
                await self.db.execute_fetchall(
                    "SELECT * FROM consent_ledger WHERE guild_id = :guild_id AND user_id = :user_id "
                    "ORDER BY id DESC LIMIT 1",
                    {"guild_id": guild_id, "user_id": user_id},
                )
            )
        return ConsentRecord.from_row(rows[0]) if rows else None

    async def consent_history(self, user_id: int, guild_id: int | None = None) -> list[ConsentRecord]:
        async with self._lock:
            rows = await self.db.execute_fetchall(
                "SELECT * FROM consent_ledger WHERE user_id = :user_id "
                "AND (:guild_id IS NULL OR guild_id = :guild_id) ORDER BY id",
                {"user_id": user_id, "guild_id": guild_id},
            )
        return [ConsentRecord.from_row(row) for row in rows]

    async def set_collect_channel(self, guild_id: int, channel_id: int, allowed: bool, actor_id: int) -> bool:
        params = {"guild_id": guild_id, "channel_id": channel_id, "actor_id": actor_id, "now": time.time()}
        if allowed:
            sql = (
                "INSERT INTO collect_channels (guild_id, channel_id, added_by, added_at) "
                "VALUES (:guild_id, :channel_id, :actor_id, :now) ON CONFLICT DO NOTHING RETURNING channel_id"
            )
        else:
            sql = (
                "DELETE FROM collect_channels WHERE guild_id = :guild_id AND channel_id = :channel_id "
                "RETURNING channel_id"
            )
        async with self._lock:
            rows = list(await self.db.execute_fetchall(sql, params))
        return bool(rows)

    async def collect_channels(self, guild_id: int) -> list[int]:
        async with self._lock:
            rows = await self.db.execute_fetchall(
                "SELECT channel_id FROM collect_channels WHERE guild_id = :guild_id ORDER BY added_at, channel_id",
                {"guild_id": guild_id},
            )
        return [int(row["channel_id"]) for row in rows]

    # --- the retraining schedule ------------------------------------------------------------------

    async def schedule_state(self, model: str) -> ScheduleState | None:
        async with self._lock:
            rows = list(
                await self.db.execute_fetchall(
                    "SELECT * FROM schedule_state WHERE model = :model", {"model": parse_model_name(model)}
                )
            )
        return ScheduleState.from_row(rows[0]) if rows else None

    async def save_schedule_state(self, state: ScheduleState) -> None:
        params = {**dataclasses.asdict(state), "model": parse_model_name(state.model)}
        async with self._lock:
            await self.db.execute(SCHEDULE_UPSERT, params)

    async def publish_and_finish(
        self, job_id: int, worker_id: str, publish: Callable[[], Awaitable[None]], *, log_tail: str | None = None
    ) -> bool:
        # One host: the model folder's flock already orders publishers; holding SQLite's write lock for
        # the publish would stall every other writer, so check ownership, publish, then finish.
        job = await self.get(job_id)
        if job is None or job.state is not JobState.RUNNING or job.worker_id != worker_id:
            return False
        await publish()
        return await self.finish(job_id, worker_id, JobState.DONE, log_tail=log_tail)

    def subscribe(
        self, *, on_queued: Callable[[], None] | None = None, on_published: Callable[[str], None] | None = None
    ) -> None:
        """SQLite has no notifications: workers poll (``poll_seconds``), bots compare model versions."""

    async def model_published(self, name: str) -> None:
        """Nothing to send: a bot on this host sees the new version of the folder at its next request."""


def _needs_recovery(job: Job, stale_before: float, is_dead: Callable[[str], bool]) -> bool:
    stale = job.heartbeat_at is None or job.heartbeat_at < stale_before
    return stale or bool(job.worker_id and is_dead(job.worker_id))


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]


def _tail(text: str | None) -> str | None:
    return None if text is None else text[-LOG_TAIL_CHARS:]
