"""FleetRun against the fake ECE on 127.0.0.1: waves, limits, gates, conflicts, journal, resume."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ece_async import ECEClient
from ece_async.fleet import (
    CRASH_POINTS,
    Apply,
    FleetOptions,
    FleetRun,
    Journal,
    Restart,
    Upgrade,
    parse_where,
    read_journal,
)

from .conftest import Connect, VirtualClock
from .fake_ece import FakeECE

TARGET = "8.15.1"


def versions(fake: FakeECE) -> set[str]:
    return {d.plans["elasticsearch"]["elasticsearch"]["version"] for d in fake.deployments.values()}


JOURNALS: list[Journal] = []


@pytest.fixture(autouse=True)
def _close_journals() -> Iterator[None]:
    yield
    while JOURNALS:
        JOURNALS.pop().close()


def new_run(
    ece: ECEClient, tmp_path: Path, clock: VirtualClock, change: Any = None, **options: Any
) -> FleetRun:
    run = FleetRun(ece, change or Upgrade(TARGET), FleetOptions(poll_interval=5, **options), clock=clock)
    run.journal = Journal.create(tmp_path / "run.jsonl", run.header())
    JOURNALS.append(run.journal)
    return run


async def test_an_upgrade_reaches_every_deployment_once_in_waves(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(12)
    ece = await connect(fake)
    events: list[dict[str, Any]] = []
    run = new_run(ece, tmp_path, clock, canary=2, concurrency=5)
    run._on_event = events.append

    report = await run.start()

    assert report.counts() == {"done": 12}
    assert report.ok and report.waves == 3  # canary 2, then 5, 5
    assert versions(fake) == {TARGET}
    assert set(fake.updates.values()) == {1} and len(fake.updates) == 12
    assert [e["size"] for e in events if e["event"] == "wave"] == [2, 5, 5]
    assert fake.max_in_flight <= 5


async def test_plans_are_followed_by_one_search_per_poll_not_a_get_per_deployment(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(40, steps=6)
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=0, concurrency=40).start()

    assert report.counts() == {"done": 40}
    assert fake.requests["GET /api/v1/deployments/{id}"] == 40  # the state validated, once each
    assert fake.requests["PUT /api/v1/deployments/{id}"] == 80  # validate_only + the write
    assert fake.requests["POST /api/v1/deployments/_search"] <= 8  # selection + one per poll
    assert sum(fake.requests.values()) / 40 < 3.5


async def test_polls_back_off_while_nothing_finishes(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(1, steps=5)
    ece = await connect(fake)
    await new_run(ece, tmp_path, clock, canary=0, max_poll_interval=20).start()
    assert clock.sleeps == [5, 7.5, 11.25, 16.875, 20]


async def test_at_most_per_zone_plans_run_in_a_zone(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(12)
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=0, concurrency=12, per_zone=2).start()
    assert report.counts() == {"done": 12}
    assert max(fake.max_per_zone.values()) == 2


async def test_a_change_by_someone_else_is_skipped_never_overwritten(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(4)
    ece = await connect(fake)
    victim = fake.ids()[2]

    def meddle(point: str, deployment_id: str) -> None:
        if point == "before_intent" and deployment_id == victim:
            fake.bump(victim)

    run = new_run(ece, tmp_path, clock, canary=0)
    run._crash_hook = meddle
    report = await run.start()

    outcome = report.outcomes[victim]
    assert outcome.status == "skipped" and "deployments.version_conflict" in (outcome.reason or "")
    assert fake.updates[victim] == 0
    assert fake.deployments[victim].plans["kibana"]["cluster_topology"][0]["size"]["value"] == 2048
    assert report.counts() == {"done": 3, "skipped": 1} and not report.ok


async def test_a_failed_plan_and_an_unhealthy_deployment_fail_and_spend_the_budget(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(10)
    ids = fake.ids()
    fake.fail.add(ids[2])
    fake.unhealthy_after.add(ids[3])
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=2, concurrency=2, max_failures=1).start()

    assert report.outcomes[ids[2]].status == "failed"
    assert "rolling upgrade failed" in (report.outcomes[ids[2]].reason or "")
    assert report.outcomes[ids[3]].status == "failed"
    assert "unhealthy" in (report.outcomes[ids[3]].reason or "")
    assert report.stopped is not None and "failure budget" in report.stopped
    assert {report.outcomes[i].status for i in ids[4:]} == {"not_started"}
    assert not any(fake.updates[i] for i in ids[4:])


async def test_a_failure_ece_moved_to_the_plan_history_is_reported_with_its_reason(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(3, steps=1)  # the plan ends before the first poll sees it pending
    fake.failures_to_history = True
    fake.fail.add(fake.ids()[1])
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=0, max_failures=3, plan_timeout=600).start()
    outcome = report.outcomes[fake.ids()[1]]
    assert outcome.status == "failed"
    assert outcome.reason == (
        "plan failed on elasticsearch:main-elasticsearch: data migration failed: incompatible index settings"
    )
    assert report.counts() == {"done": 2, "failed": 1}


async def test_a_failed_canary_stops_the_run(connect: Connect, tmp_path: Path, clock: VirtualClock) -> None:
    fake = FakeECE(6)
    fake.fail.add(fake.ids()[0])
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=2, max_failures=5).start()
    assert report.stopped == "the canary wave failed"
    assert sum(fake.updates.values()) == 2


async def test_a_dry_run_validates_and_changes_nothing(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(4)
    fake.deployments[fake.ids()[0]].plans["elasticsearch"]["elasticsearch"]["version"] = TARGET
    fake.deployments[fake.ids()[0]].plans["kibana"]["kibana"]["version"] = TARGET
    fake.deployments[fake.ids()[1]].plans["elasticsearch"]["elasticsearch"]["version"] = "8.15.2"
    ece = await connect(fake)
    run = FleetRun(ece, Upgrade(TARGET), FleetOptions(dry_run=True), clock=clock)
    report = await run.start()

    assert report.counts() == {"at_target": 1, "refused": 1, "would_change": 2}
    assert "downgrade from 8.15.2" in (report.outcomes[fake.ids()[1]].reason or "")
    diff = report.outcomes[fake.ids()[2]].diff
    assert 'elasticsearch:main-elasticsearch plan.elasticsearch.version: "8.14.3" -> "8.15.1"' in diff
    assert not fake.updates
    assert fake.requests["PUT /api/v1/deployments/{id}"] == 2  # validate_only, for the two to change


async def test_where_selects_from_one_search(connect: Connect, tmp_path: Path, clock: VirtualClock) -> None:
    fake = FakeECE(6)
    ece = await connect(fake)
    run = FleetRun(ece, Upgrade(TARGET), FleetOptions(dry_run=True), clock=clock)
    report = await run.start([parse_where("tag.env=prod"), parse_where("name!=dep-00004")])
    assert sorted(report.outcomes) == [fake.ids()[0], fake.ids()[2]]
    assert fake.requests["POST /api/v1/deployments/_search"] == 1


async def test_apply_sets_a_path_on_every_deployment(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(3)
    ece = await connect(fake)
    change = Apply(sets=(("resources.elasticsearch.*.plan.cluster_topology.0.size.value", 8192),))
    report = await new_run(ece, tmp_path, clock, change, canary=0).start()
    assert report.counts() == {"done": 3}
    sizes = {
        d.plans["elasticsearch"]["cluster_topology"][0]["size"]["value"] for d in fake.deployments.values()
    }
    assert sizes == {8192}


async def test_restart_restarts_every_resource_once(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(3)
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, Restart(), canary=0).start()
    assert report.counts() == {"done": 3}
    assert fake.requests["POST /api/v1/deployments/{id}/{kind}/{ref}/_restart"] == 6
    assert fake.requests["PUT /api/v1/deployments/{id}"] == 0


class Killed(Exception):
    """What the injected crash raises: the run stops there, as under kill -9."""


@pytest.mark.parametrize("point", CRASH_POINTS)
async def test_a_run_killed_at_any_point_of_the_write_path_resumes_without_loss_or_repeat(
    connect: Connect, tmp_path: Path, clock: VirtualClock, point: str
) -> None:
    fake = FakeECE(8)
    ece = await connect(fake)
    victim = fake.ids()[3]
    run = new_run(ece, tmp_path, clock, canary=1, concurrency=3)
    journal = run.journal
    assert journal is not None

    def kill(at: str, deployment_id: str) -> None:
        if at == point and deployment_id == victim:
            journal.close()  # nothing more reaches the disk, as when the process dies
            raise Killed(point)

    run._crash_hook = kill
    with pytest.raises(Killed):
        await run.start()
    lines = (tmp_path / "run.jsonl").read_text().splitlines()
    last = json.loads(lines[-1])

    resumed, state = FleetRun.reopen(ece, tmp_path / "run.jsonl", clock=clock)
    try:
        report = await resumed.resume(state)
    finally:
        resumed.journal.close()

    assert report.counts() == {"done": 8}, (point, last)
    assert versions(fake) == {TARGET}
    assert dict(fake.updates) == {i: 1 for i in fake.ids()}  # nothing repeated, nothing lost
    final = read_journal(tmp_path / "run.jsonl")
    assert {e.status for e in final.deployments.values()} == {"done"}  # nothing left unknown


async def test_a_write_whose_plan_failed_before_the_resume_is_still_recognised_as_ours(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(3, steps=1)
    fake.failures_to_history = True
    victim = fake.ids()[1]
    fake.fail.add(victim)
    ece = await connect(fake)
    run = new_run(ece, tmp_path, clock, canary=0, concurrency=1, max_failures=3)
    journal = run.journal
    assert journal is not None

    def kill(at: str, deployment_id: str) -> None:
        if at == "after_write" and deployment_id == victim:
            journal.close()
            raise Killed(at)

    run._crash_hook = kill
    with pytest.raises(Killed):
        await run.start()
    fake._advance()  # the plan fails while nobody watches: ECE keeps the previous plan current

    resumed, state = FleetRun.reopen(ece, tmp_path / "run.jsonl", clock=clock)
    JOURNALS.append(resumed.journal)  # type: ignore[arg-type]
    report = await resumed.resume(state)
    assert report.outcomes[victim].status == "failed", report.outcomes[victim]
    assert "data migration failed" in (report.outcomes[victim].reason or "")
    assert dict(fake.updates) == {i: 1 for i in fake.ids()}


async def test_every_write_carries_the_validated_version_and_none_is_sent_without_one(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    """Without a resource version (a proxy stripped the header) a write could overwrite anything."""
    fake = FakeECE(3)
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=0).start()
    assert report.counts() == {"done": 3}
    assert fake.write_versions == ["1", "1", "1"]  # what each GET showed before the write

    blind = FakeECE(3)
    blind.versioned = False
    ece = await connect(blind)
    (tmp_path / "run.jsonl").unlink()
    report = await new_run(ece, tmp_path, clock, canary=0).start()
    assert report.counts() == {"refused": 3}
    assert all("resource version" in (o.reason or "") for o in report.outcomes.values())
    assert not blind.updates


async def test_a_hand_edited_journal_without_the_validated_version_never_writes_blind(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(3)
    ece = await connect(fake)
    run = new_run(ece, tmp_path, clock, canary=0, concurrency=1)
    journal = run.journal
    assert journal is not None
    victim = fake.ids()[2]

    def kill(at: str, deployment_id: str) -> None:
        if at == "before_intent" and deployment_id == victim:
            journal.close()
            raise Killed(at)

    run._crash_hook = kill
    with pytest.raises(Killed):
        await run.start()
    path = tmp_path / "run.jsonl"
    events = [json.loads(line) for line in path.read_text().splitlines()]
    for event in events:
        if event.get("event") == "validated" and event["id"] == victim:
            del event["version"]  # edited by hand
    path.write_text("".join(json.dumps(e) + "\n" for e in events))

    resumed, state = FleetRun.reopen(ece, path, clock=clock)
    JOURNALS.append(resumed.journal)  # type: ignore[arg-type]
    report = await resumed.resume(state)
    assert report.outcomes[victim].status == "failed"
    assert "no validated version" in (report.outcomes[victim].reason or "")
    assert victim not in fake.updates and None not in fake.write_versions


async def test_a_deployment_deleted_after_the_selection_is_reported_not_fatal(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    fake = FakeECE(4)
    gone = fake.ids()[2]
    search = fake.search

    async def search_then_delete(request: Any) -> Any:
        response = await search(request)
        fake.deployments.pop(gone, None)  # deleted by someone between the selection and its GET
        return response

    fake.search = search_then_delete  # type: ignore[method-assign]
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=0).start()
    assert report.outcomes[gone].status == "skipped"
    assert "not found" in (report.outcomes[gone].reason or "")
    assert report.counts() == {"done": 3, "skipped": 1}


async def test_a_write_answered_503_after_it_was_applied_is_looked_up_never_resent(
    connect: Connect, tmp_path: Path, clock: VirtualClock
) -> None:
    """The client's retry policy must not re-send a versioned write whose fate is unknown."""
    fake = FakeECE(3)
    victim = fake.ids()[1]
    fake.lose_answer.add(victim)
    ece = await connect(fake)
    report = await new_run(ece, tmp_path, clock, canary=0).start()
    assert report.counts() == {"done": 3}
    assert fake.write_attempts[victim] == 1  # looked up (a GET), not sent again
    events = [json.loads(line) for line in (tmp_path / "run.jsonl").read_text().splitlines()]
    assert {"event": "written", "id": victim, "by": "lookup"}.items() <= next(
        e for e in events if e.get("event") == "written" and e["id"] == victim
    ).items()
