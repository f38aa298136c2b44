"""Plan attempts: failures land on the steps that fail that way in ECE; upgrades have their own steps."""

from __future__ import annotations

from ece_async.testing.lifecycle import CREATE, RESTART, UPDATE, new_attempt
from ece_async.testing.state import SimResource

#: Which step each failure type belongs to (what an operator reading the plan log expects).
_STEP_OF = {
    "ClusterFailure:SnapshotFailed": "snapshot-cluster",
    "ClusterFailure:UpgradeIncompatible": "check-upgrade-compatibility",
    "ClusterFailure:InsufficientCapacity": "allocate-instances",
    "InstanceFailure:InstanceDidNotStartWhileWaitingForRunning": "wait-until-running",
    "ClusterFailure:MasterNotElected": "wait-until-master-exists",
    "ClusterFailure:DataMigrationFailed": "migrate-data",
    "InstanceFailure:SavedObjectsMigrationFailed": "migrate-saved-objects",
    "InstanceFailure:InstanceRestartFailed": "restart-instances",
}


def _resource(kind: str, n: int) -> SimResource:
    return SimResource(kind=kind, ref_id=f"main-{kind}", id=f"{n:032x}", region="r", es_ref_id=None)


def test_failures_land_on_the_step_that_fails_that_way() -> None:
    seen: set[str] = set()
    for n in range(300):
        for kind in ("elasticsearch", "kibana"):
            for action, upgrade in ((CREATE, False), (UPDATE, False), (UPDATE, True), (RESTART, False)):
                attempt = new_attempt(
                    _resource(kind, n),
                    action,
                    {},
                    0.0,
                    seed=1,
                    failure_rate=1.0,
                    user_id="u",
                    upgrade=upgrade,
                )
                assert attempt.fail_at is not None
                assert attempt.step_ids[attempt.fail_at] == _STEP_OF[attempt.failure_type], attempt
                seen.add(attempt.failure_type)
    assert seen == set(_STEP_OF)


def test_a_version_upgrade_has_the_upgrade_steps() -> None:
    plain = new_attempt(_resource("elasticsearch", 1), UPDATE, {}, 0.0, seed=1, failure_rate=0, user_id="u")
    upgrade = new_attempt(
        _resource("elasticsearch", 1), UPDATE, {}, 0.0, seed=1, failure_rate=0, user_id="u", upgrade=True
    )
    assert "check-upgrade-compatibility" not in plain.step_ids
    assert upgrade.step_ids[:3] == ("validate-plan-prerequisites", "detect-plan-strategy", "snapshot-cluster")
    assert {"check-upgrade-compatibility", "wait-until-master-exists", "migrate-data"} <= set(
        upgrade.step_ids
    )
    assert upgrade.step_ids[-1] == "plan-completed"
