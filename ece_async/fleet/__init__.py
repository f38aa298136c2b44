"""``ece_async.fleet``: change many deployments safely (the library under ``ece-async fleet``).

::

    from ece_async.fleet import FleetOptions, FleetRun, Journal, Upgrade, parse_where

    run = FleetRun(ece, Upgrade("8.15.1"), FleetOptions(canary=2, concurrency=20, per_zone=5),
                   journal=Journal.create("upgrade.jsonl", header))
    report = await run.start([parse_where("version<8.15")])

Select (:func:`select`), plan each deployment's change (:func:`plan_change`), validate it
with the server, then write in waves with gates, journalled so :meth:`FleetRun.resume` can
continue after any crash.
"""

from __future__ import annotations

from .change import (
    STRATEGIES,
    Apply,
    Change,
    Planned,
    Restart,
    Rollback,
    Upgrade,
    current_payload,
    diff_payloads,
    merge_patch,
    parse_set,
    plan_change,
    set_path,
)
from .journal import DeploymentEntry, Journal, JournalError, JournalState, read_journal
from .run import CRASH_POINTS, FleetOptions, FleetReport, FleetRun, Outcome, read_stacks
from .select import Where, parse_where, read_ids, select

__all__ = [
    "CRASH_POINTS",
    "STRATEGIES",
    "Apply",
    "Change",
    "DeploymentEntry",
    "FleetOptions",
    "FleetReport",
    "FleetRun",
    "Journal",
    "JournalError",
    "JournalState",
    "Outcome",
    "Planned",
    "Restart",
    "Rollback",
    "Upgrade",
    "Where",
    "current_payload",
    "diff_payloads",
    "merge_patch",
    "parse_set",
    "parse_where",
    "plan_change",
    "read_ids",
    "read_journal",
    "read_stacks",
    "select",
    "set_path",
]
