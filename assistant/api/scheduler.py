"""The server's schedulers: sources and directories synced when due, and the retention periods enforced."""

from __future__ import annotations

import logging
import threading
import time

from assistant.errors import AssistantError
from assistant.settings import schedule_seconds

log = logging.getLogger(__name__)


def run_schedules(rt, stop: threading.Event) -> None:
    """Run until `stop` is set; a failing source is logged and retried at its next turn, never fatal."""
    try:
        rt.register_configured_sources()
    except AssistantError as exc:
        log.error("sync scheduler: cannot register sources: %s", exc)
        return
    every: dict[tuple[str, str], float] = {}
    for d in rt.settings.directories:
        if s := schedule_seconds(d.schedule):
            every[("directory", d.name)] = s
    for src in rt.settings.sources:
        if s := schedule_seconds(src.schedule):
            every[("source", src.name)] = s
    # Directories first, so new access maps to people before the documents that name them.
    due = {key: time.monotonic() + (0 if key[0] == "directory" else 1) for key in every}
    while due and not stop.is_set():
        key, at = min(due.items(), key=lambda kv: kv[1])
        if stop.wait(max(0.0, at - time.monotonic())):
            break
        kind, name = key
        try:
            if kind == "directory":
                rt.sync_directory(name)
            else:
                summary = rt.sync.sync(name)
                log.info("scheduled sync of %s: %s", name, summary.as_dict())
        except AssistantError as exc:
            log.warning("scheduled sync of %s %s failed: %s", kind, name, exc)
        except Exception:  # noqa: BLE001 - the scheduler outlives one source's bug
            log.exception("scheduled sync of %s %s crashed", kind, name)
        due[key] = time.monotonic() + every[key]


def run_retention_schedule(rt, stop: threading.Event) -> None:
    """Enforce `retention` at start and then every `retention.schedule` until `stop` is set; every replica may
    run it, since deleting what is past its period twice deletes nothing more."""
    from assistant.retention import run_retention

    every = schedule_seconds(rt.settings.retention.schedule)
    while every and not stop.is_set():
        try:
            summary = run_retention(rt.db, rt.settings)
            if summary.total:
                log.info("retention: deleted %s", summary.as_dict())
        except AssistantError as exc:
            log.warning("retention failed: %s", exc)
        except Exception:  # noqa: BLE001 - retained data is retried at the next turn
            log.exception("retention crashed")
        stop.wait(every)
