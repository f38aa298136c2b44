"""The deployment backend without HTTP: version locks, idempotent writes, dry runs, upgrade rules."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from ece_async.testing import ECESimulator, FaultConfig, backend
from ece_async.testing.backend import INVALID_PLAN, VERSION_CONFLICT, VERSION_NOT_FOUND
from ece_async.testing.replies import ApiError

from .sim_helpers import START, create_body


def _sim(**kwargs: Any) -> ECESimulator:
    kwargs.setdefault("plan_failure_rate", 0.0)
    return ECESimulator(deployments=2, seed=5, speed=0, start_time=START, **kwargs)


def _created(sim: ECESimulator) -> str:
    _, out, _ = sim.backend.create(create_body(), owner_id="admin")
    sim.settle()
    return str(out["id"])


def _update(
    es_version: str = "8.15.1", kibana_version: str | None = None, memory: int = 2048
) -> dict[str, Any]:
    body = copy.deepcopy(create_body(es_memory=memory))
    body["resources"]["elasticsearch"][0]["plan"]["elasticsearch"]["version"] = es_version
    body["resources"]["kibana"][0]["plan"]["kibana"]["version"] = kibana_version or es_version
    return {**body, "prune_orphans": False}


def _refused(call: Any, status: int, code: str) -> ApiError:
    with pytest.raises(ApiError) as caught:
        call()
    assert (caught.value.status, caught.value.code) == (status, code), caught.value
    return caught.value


def test_validate_only_checks_and_changes_nothing() -> None:
    sim = _sim()
    dep_id = _created(sim)
    dep = sim.deployment(dep_id)
    before = (dep.version, [r.plan for r in dep.resources], [r.attempt_count for r in dep.resources])
    out = sim.backend.update(dep_id, _update("8.16.1"), version=str(dep.version), validate_only=True)
    assert out["id"] == dep_id and {r["kind"] for r in out["resources"]} == {"elasticsearch", "kibana"}
    assert (dep.version, [r.plan for r in dep.resources], [r.attempt_count for r in dep.resources]) == before
    assert all(r.pending is None for r in dep.resources)
    assert sim.stats.update_requests[dep_id] == 0 and sim.stats.writes[dep_id] == 0
    # A dry run refuses what the write would refuse.
    _refused(lambda: sim.backend.update(dep_id, _update("8.14.3"), validate_only=True), 400, INVALID_PLAN)


def test_a_stale_version_is_a_conflict_and_changes_nothing() -> None:
    sim = _sim()
    dep_id = _created(sim)
    dep = sim.deployment(dep_id)
    stale = str(dep.version)
    sim.backend.update(dep_id, _update(memory=4096), version=stale)
    _refused(lambda: sim.backend.update(dep_id, _update(memory=8192), version=stale), 409, VERSION_CONFLICT)
    assert sim.stats.writes[dep_id] == 1
    pending = dep.resources[0].pending
    assert pending is not None and pending.plan["cluster_topology"][0]["size"]["value"] == 4096


def test_a_repeated_request_id_is_a_no_op_answering_as_the_first_write() -> None:
    sim = _sim()
    dep_id = _created(sim)
    dep = sim.deployment(dep_id)
    version = str(dep.version)
    first = sim.backend.update(dep_id, _update("8.16.1"), version=version, request_id="r" * 32)
    attempts = [r.attempt_count for r in dep.resources]
    again = sim.backend.update(dep_id, _update("8.16.1"), version=version, request_id="r" * 32)
    assert again == first
    assert dep.version == int(version) + 1
    assert [r.attempt_count for r in dep.resources] == attempts
    assert (sim.stats.update_requests[dep_id], sim.stats.writes[dep_id]) == (2, 1)
    # Another request id is another write (and here a stale one).
    _refused(
        lambda: sim.backend.update(dep_id, _update("8.16.1"), version=version, request_id="s" * 32),
        409,
        VERSION_CONFLICT,
    )


def test_a_request_id_reused_for_another_change_is_refused_not_answered_with_the_first() -> None:
    """An idempotency key names one request: sent again with another body it is a client's bug,
    and answering the first write's reply would tell it a change was made that never was."""
    sim = _sim()
    dep_id = _created(sim)
    dep = sim.deployment(dep_id)
    sim.backend.update(dep_id, _update(memory=4096), request_id="r" * 32)
    attempts = [r.attempt_count for r in dep.resources]
    error = _refused(
        lambda: sim.backend.update(dep_id, _update(memory=8192), request_id="r" * 32),
        400,
        "deployments.request_id_reused",
    )
    assert "request_id" in error.message
    assert [r.attempt_count for r in dep.resources] == attempts and sim.stats.writes[dep_id] == 1


def test_a_request_id_is_per_deployment() -> None:
    sim = _sim()
    one, two = _created(sim), _created(sim)
    sim.backend.update(one, _update(memory=4096), request_id="r" * 32)
    sim.backend.update(two, _update(memory=4096), request_id="r" * 32)
    assert (sim.stats.writes[one], sim.stats.writes[two]) == (1, 1)


def test_the_request_ids_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept like idempotency keys are: the latest ones, not every one since the simulator started."""
    monkeypatch.setattr(backend, "KEPT_REQUEST_IDS", 3)
    sim = _sim()
    dep_id = _created(sim)
    for n in range(5):
        sim.backend.update(dep_id, _update(memory=4096 + 1024 * n), request_id=f"{n}" * 32)
    assert len(sim.state.update_replies) == 3
    # The latest is still answered without a second write.
    sim.backend.update(dep_id, _update(memory=4096 + 1024 * 4), request_id="4" * 32)
    assert sim.stats.writes[dep_id] == 5


def test_an_upgrade_runs_the_upgrade_steps_to_the_new_version() -> None:
    sim = _sim()
    dep_id = _created(sim)
    dep = sim.deployment(dep_id)
    sim.backend.update(dep_id, _update("8.16.1"))
    es, kibana = dep.resources
    assert es.pending is not None and "check-upgrade-compatibility" in es.pending.step_ids
    assert kibana.pending is not None and "migrate-saved-objects" in kibana.pending.step_ids
    sim.settle()
    assert (es.version, kibana.version) == ("8.16.1", "8.16.1")
    assert dep.healthy


@pytest.mark.parametrize(
    ("es_version", "kibana_version", "status", "code", "words"),
    [
        ("8.14.3", None, 400, INVALID_PLAN, "downgrades are not supported"),
        ("8.99.0", None, 400, VERSION_NOT_FOUND, "not available"),
        ("8.15.1", "8.16.1", 400, INVALID_PLAN, "upgrade elasticsearch first"),
    ],
)
def test_upgrade_rules_refuse_with_ece_codes(
    es_version: str, kibana_version: str | None, status: int, code: str, words: str
) -> None:
    sim = _sim()
    dep_id = _created(sim)
    error = _refused(lambda: sim.backend.update(dep_id, _update(es_version, kibana_version)), status, code)
    assert words in error.message.lower()
    assert sim.deployment(dep_id).resources[0].version == "8.15.1"


def test_create_refuses_a_version_the_installation_does_not_offer() -> None:
    body = copy.deepcopy(create_body())
    body["resources"]["elasticsearch"][0]["plan"]["elasticsearch"]["version"] = "9.9.9"
    _refused(lambda: _sim().backend.create(body, owner_id="admin"), 400, VERSION_NOT_FOUND)


def test_someone_else_changing_the_deployment_makes_a_locked_write_conflict() -> None:
    sim = _sim(faults=FaultConfig(concurrent_change_rate=1.0))
    dep_id = _created(sim)
    dep = sim.deployment(dep_id)
    version = dep.version
    _refused(
        lambda: sim.backend.update(dep_id, _update(memory=4096), version=str(version)), 409, VERSION_CONFLICT
    )
    assert dep.version == version + 1
    assert sim.stats.faults["concurrent_change"] == 1
    assert sim.stats.writes[dep_id] == 0
    # A dry run is not a write: nobody races it.
    sim.backend.update(dep_id, _update(memory=4096), version=str(dep.version), validate_only=True)
    assert sim.stats.faults["concurrent_change"] == 1


def test_concurrent_changes_hit_a_seeded_share_of_writes() -> None:
    sim = _sim(faults=FaultConfig(concurrent_change_rate=0.3))
    conflicts = 0
    for _ in range(60):
        dep_id = _created(sim)
        try:
            sim.backend.update(dep_id, _update(memory=4096), version=str(sim.deployment(dep_id).version))
        except ApiError:
            conflicts += 1
    assert 5 <= conflicts <= 35


def test_a_plan_can_leave_its_resource_unhealthy() -> None:
    sim = _sim(plan_unhealthy_rate=1.0)
    dep_id = _created(sim)
    dep = sim.deployment(dep_id)
    assert all(r.last_ok for r in dep.resources)
    assert not dep.healthy and not dep.resources[0].healthy
    sim.plan_failure_rate = 0.0
    assert sim.stats.snapshot()["writes"] == {}


def test_plan_unhealthy_rate_is_checked() -> None:
    with pytest.raises(ValueError, match="plan_unhealthy_rate"):
        _sim(plan_unhealthy_rate=1.5)


def test_search_pages_with_the_cap_and_a_cursor_without_http() -> None:
    sim = _sim(search_page_cap=3)
    sim_ids = sorted(sim.deployment_ids())
    first = sim.backend.search(sort=["id"], size=10)
    assert (len(first.deployments), first.match_count) == (2, 2)
    for _ in range(3):
        _created(sim)
    page = sim.backend.search(sort=["id"], size=10)
    assert (len(page.deployments), page.match_count) == (3, 5)
    rest = sim.backend.search(cursor=page.cursor)
    assert len(rest.deployments) == 2
    seen = [d.id for d in (*page.deployments, *rest.deployments)]
    assert sorted(seen) == sorted(sim.deployment_ids()) and set(sim_ids) <= set(seen)
    _refused(lambda: sim.backend.search(size=-1), 400, "root.invalid_data")


def test_shutdown_delete_restart_and_cancel_without_http() -> None:
    sim = _sim()
    dep_id = _created(sim)
    backend = sim.backend
    _refused(lambda: backend.delete(dep_id), 400, "deployments.resource_not_shutdown")
    backend.restart(dep_id, "elasticsearch", "main-elasticsearch", cancel_pending=False, skip_snapshot=True)
    es = sim.deployment(dep_id).resources[0]
    assert es.pending is not None and es.status == "restarting"
    cancelled = backend.cancel_pending(dep_id, "elasticsearch", "main-elasticsearch", ignore_missing=False)
    assert cancelled.pending is None and cancelled.last is not None and cancelled.last.failed
    backend.shutdown(dep_id, hide=True)
    sim.settle()
    assert backend.delete(dep_id).deleted is not None
    _refused(lambda: backend.get(dep_id), 404, "deployments.deployment_not_found")


def test_allocators_are_windowed_and_searched_without_http() -> None:
    platform = _sim().platform
    every = platform.allocators(None, None, 0, 1000)
    assert every and [a["zone_id"] for a in every] == sorted(a["zone_id"] for a in every)
    assert platform.allocators(None, None, 1, 2) == every[1:3]
    zone = every[0]["zone_id"]
    query = {"term": {"zone_id": {"value": zone}}}
    assert {a["zone_id"] for a in platform.allocators(query, None, 0, 1000)} == {zone}
    _refused(lambda: platform.allocators(None, None, -1, 5), 400, "root.invalid_data")


def test_an_upgrade_runs_kibana_after_its_elasticsearch() -> None:
    """ECE upgrades Elasticsearch first: Kibana's plan waits, so it never runs ahead of it."""
    sim = _sim()
    dep_id = _created(sim)
    sim.backend.update(dep_id, _update("8.16.1"))
    es, kibana = sim.deployment(dep_id).resources
    assert es.pending is not None and kibana.pending is not None
    assert kibana.pending.started == es.pending.end
    sim.advance(es.pending.end - sim.clock.time())
    assert (es.version, kibana.version) == ("8.16.1", "8.15.1")
    sim.settle()
    assert (es.version, kibana.version) == ("8.16.1", "8.16.1")


def test_a_failed_elasticsearch_upgrade_leaves_kibana_on_its_previous_plan() -> None:
    sim = _sim()
    dep_id = _created(sim)
    sim.plan_failure_rate = 1.0
    sim.backend.update(dep_id, _update("8.16.1"))
    es, kibana = sim.deployment(dep_id).resources
    assert kibana.pending is not None
    assert kibana.pending.failure_type == "ClusterFailure:ElasticsearchUpgradeFailed"
    sim.settle()
    assert (es.version, kibana.version) == ("8.15.1", "8.15.1")
    assert (
        kibana.last is not None and kibana.last.failed and kibana.last.plan["kibana"]["version"] == "8.16.1"
    )


def test_a_size_change_runs_elasticsearch_and_kibana_together() -> None:
    sim = _sim()
    dep_id = _created(sim)
    sim.backend.update(dep_id, _update(memory=4096) | {"resources": _resized_both()})
    es, kibana = sim.deployment(dep_id).resources
    assert es.pending is not None and kibana.pending is not None
    assert es.pending.started == kibana.pending.started


def _resized_both() -> Any:
    body = _update(memory=4096)
    body["resources"]["kibana"][0]["plan"]["cluster_topology"][0]["size"]["value"] = 2048
    return body["resources"]


def test_a_waiting_upgrade_cancelled_ends_when_cancelled() -> None:
    sim = _sim()
    dep_id = _created(sim)
    sim.backend.update(dep_id, _update("8.16.1"))
    now = sim.clock.time()
    kibana = sim.backend.cancel_pending(dep_id, "kibana", "main-kibana", ignore_missing=False)
    assert kibana.last is not None and kibana.last.started == kibana.last.end == now


def test_a_deleted_deployment_leaves_the_searches_kept_from_before() -> None:
    sim = _sim()
    dep_id = _created(sim)
    sim.backend.shutdown(dep_id)
    sim.settle()
    assert dep_id in {d.id for d in sim.backend.search(size=100).deployments}
    sim.backend.delete(dep_id)
    assert dep_id not in {d.id for d in sim.backend.search(size=100).deployments}


def test_cancelling_an_elasticsearch_upgrade_cancels_the_upgrades_waiting_for_it() -> None:
    sim = _sim()
    dep_id = _created(sim)
    sim.backend.update(dep_id, _update("8.16.1"))
    es, kibana = sim.deployment(dep_id).resources
    sim.backend.cancel_pending(dep_id, "elasticsearch", "main-elasticsearch", ignore_missing=False)
    assert kibana.pending is None and kibana.last is not None and kibana.last.cancelled is not None
    sim.settle()
    assert (es.version, kibana.version) == ("8.15.1", "8.15.1")


def test_a_shutdown_moves_the_version_on() -> None:
    """A write validated before someone shut the deployment down must not apply after it."""
    sim = _sim()
    dep_id = _created(sim)
    stale = str(sim.deployment(dep_id).version)
    sim.backend.shutdown(dep_id)
    _refused(lambda: sim.backend.update(dep_id, _update(memory=4096), version=stale), 409, VERSION_CONFLICT)


def test_pruning_again_leaves_a_stopped_orphan_alone() -> None:
    sim = _sim()
    dep_id = _created(sim)
    es_only = _update(memory=4096)
    del es_only["resources"]["kibana"]
    kibana = sim.deployment(dep_id).resources[1]
    first = sim.backend.update(dep_id, {**es_only, "prune_orphans": True})
    assert first["shutdown_resources"]["kibana"] == [kibana.id]
    sim.settle()
    attempts = kibana.attempt_count
    es_only["resources"]["elasticsearch"][0]["plan"]["cluster_topology"][0]["size"]["value"] = 8192
    again = sim.backend.update(dep_id, {**es_only, "prune_orphans": True})
    assert again["shutdown_resources"]["kibana"] == [] and kibana.attempt_count == attempts


def test_an_update_refuses_a_reference_to_an_unknown_elasticsearch() -> None:
    sim = _sim()
    dep_id = _created(sim)
    body = _update(memory=4096)
    body["resources"]["kibana"][0]["elasticsearch_cluster_ref_id"] = "nope"
    error = _refused(lambda: sim.backend.update(dep_id, body), 400, "root.invalid_data")
    assert "nope" in error.message


def test_an_update_refuses_an_empty_name() -> None:
    sim = _sim()
    dep_id = _created(sim)
    _refused(lambda: sim.backend.update(dep_id, {**_update(), "name": ""}), 400, "root.invalid_data")
    assert sim.deployment(dep_id).name


def test_the_searches_kept_for_their_next_pages_are_bounded() -> None:
    """Each kept search holds a sort key per match: a client sending ever new queries must not
    make the simulator keep them all."""
    sim = _sim()
    for n in range(3 * backend._KEPT_SEARCHES):
        sim.backend.search(query={"match": {"name": {"query": f"name-{n}"}}})
    kept = [k for k in sim.state.caches if isinstance(k, tuple) and k[0] == "search"]
    assert 0 < len(kept) <= backend._KEPT_SEARCHES


def test_a_shutdown_never_fails_so_a_simulator_can_always_be_cleaned_up() -> None:
    sim = _sim()
    dep_id = _created(sim)
    sim.plan_failure_rate = 1.0
    sim.backend.shutdown(dep_id)
    sim.settle()
    assert sim.deployment(dep_id).stopped
    sim.backend.delete(dep_id)


def test_an_update_sets_the_deployment_tags() -> None:
    sim = _sim()
    dep_id = _created(sim)
    tags = [{"key": "team", "value": "orders"}, "not a tag"]
    sim.backend.update(dep_id, {**_update(), "metadata": {"tags": tags}})
    assert sim.deployment(dep_id).tags == [("team", "orders")]
