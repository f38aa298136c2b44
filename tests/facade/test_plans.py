"""Plan tracking against the real generated API, a scripted transport and a fake clock."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any, TypeVar

import pytest

from ece_async._generated import ApiNamespaces, Parser, Request, Response
from ece_async.clock import Clock
from ece_async.errors import ECEError
from ece_async.plans import (
    PlanFailedError,
    PlanStep,
    PlanTimeoutError,
    PlanTracker,
    plan_attempt_failed,
    track_plan,
    wait_for_plan,
)

T = TypeVar("T")
#: Real GET /deployments/{id} bodies in ../shared beside the repository, read in place (never copied).
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "ece-api" / "samples"
SAMPLE_NAMES = sorted(path.name for path in SAMPLES.glob("deployment_*_get.json")) or ["(samples absent)"]


class Deployments:
    """Serves canned get-deployment bodies in order (the last one forever) and records the requests."""

    def __init__(self, *bodies: Any) -> None:
        self.bodies = list(bodies)
        self.requests: list[Request] = []

    async def send(self, request: Request, parse: Parser[T]) -> Response[T]:
        assert request.operation_id == "get-deployment", request
        self.requests.append(request)
        body = self.bodies.pop(0) if len(self.bodies) > 1 else self.bodies[0]
        return Response(200, {}, parse(200, body))

    @property
    def history_flags(self) -> list[str]:
        return [dict(request.params)["show_plan_history"] for request in self.requests]


class FakeTime(Clock):
    """Virtual time: sleeping only advances the clock and records how long."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def step(
    step_id: str,
    status: str = "success",
    *,
    stage: str = "completed",
    started: str = "t0",
    completed: str | None = "t1",
    messages: tuple[str, ...] = (),
    failure_type: str | None = None,
) -> dict[str, Any]:
    info_log: list[dict[str, Any]] = [
        {"timestamp": "t", "stage": stage, "message": message, "details": {}} for message in messages
    ]
    if failure_type is not None and info_log:
        info_log[-1]["failure_type"] = failure_type
    result: dict[str, Any] = {
        "step_id": step_id,
        "status": status,
        "stage": stage,
        "started": started,
        "info_log": info_log,
    }
    if completed is not None:
        result["completed"] = completed
    return result


def plan_info(attempt_id: str, *steps: dict[str, Any], healthy: bool = True, **extra: Any) -> dict[str, Any]:
    info = {
        "plan_attempt_id": attempt_id,
        "healthy": healthy,
        "plan_attempt_log": list(steps),
        "warnings": [],
    }
    info.update(extra)
    return info


def plans(
    *, pending: Any = None, current: Any = None, history: Any = None, healthy: bool = True
) -> dict[str, Any]:
    result: dict[str, Any] = {"healthy": healthy, "history": history or []}
    if pending is not None:
        result["pending"] = pending
    if current is not None:
        result["current"] = current
    return result


def deployment(**resources: dict[str, Any]) -> dict[str, Any]:
    """``deployment(elasticsearch=plans(...))``: one resource per kind, ref_id ``main-<kind>``."""
    return {
        "id": "dep1",
        "name": "dep",
        "healthy": True,
        "resources": {
            kind: [{"ref_id": f"main-{kind}", "id": f"{kind}-id", "info": {"plan_info": info}}]
            for kind, info in resources.items()
        },
    }


OLD = plan_info("a1", step("plan-completed"))


def progress(steps: list[PlanStep]) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.kind, s.step_id, s.status, s.stage) for s in steps]


async def test_success_returns_the_final_deployment_and_polls_with_plan_logs() -> None:
    running = plans(
        pending=plan_info("a2", step("validate"), step("apply", "pending", stage="in_progress")), current=OLD
    )
    done = plans(current=plan_info("a2", step("validate"), step("apply"), step("plan-completed")))
    transport = Deployments(deployment(elasticsearch=running), deployment(elasticsearch=done))
    time = FakeTime()

    result = await wait_for_plan(ApiNamespaces(transport), "dep1", clock=time)

    assert (
        result.to_dict()["resources"]["elasticsearch"][0]["info"]["plan_info"]["current"]["plan_attempt_id"]
        == "a2"
    )
    assert len(transport.requests) == 2
    assert transport.requests[0].path == "/deployments/dep1"
    params = dict(transport.requests[0].params)
    assert (params["show_plans"], params["show_plan_logs"], params["show_plan_history"]) == (
        "true",
        "true",
        "false",
    )
    assert time.sleeps == [5.0]


async def test_progress_is_reported_only_on_change_including_steps_finished_after_the_last_poll() -> None:
    first = plan_info("a2", step("validate"), step("apply", "pending", stage="in_progress", completed=None))
    same = plan_info("a2", step("validate", messages=("new log line",)), first["plan_attempt_log"][1])
    later = plan_info("a2", step("validate"), step("apply"), step("migrate", "pending", stage="starting"))
    final = plan_info("a2", step("validate"), step("apply"), step("migrate"), step("plan-completed"))
    transport = Deployments(
        deployment(elasticsearch=plans(pending=first, current=OLD)),
        deployment(elasticsearch=plans(pending=same, current=OLD)),
        deployment(elasticsearch=plans(pending=later, current=OLD)),
        deployment(elasticsearch=plans(current=final)),
    )
    time = FakeTime()

    changes = [change async for change in track_plan(ApiNamespaces(transport), "dep1", clock=time)]

    assert progress(changes) == [
        ("elasticsearch", "validate", "success", "completed"),
        ("elasticsearch", "apply", "pending", "in_progress"),
        ("elasticsearch", "apply", "success", "completed"),
        ("elasticsearch", "migrate", "pending", "starting"),
        ("elasticsearch", "migrate", "success", "completed"),
        ("elasticsearch", "plan-completed", "success", "completed"),
    ]
    assert {(c.ref_id, c.plan_attempt_id) for c in changes} == {("main-elasticsearch", "a2")}
    assert (changes[1].started, changes[1].completed, changes[2].completed) == ("t0", None, "t1")
    # The interval grows while nothing changes and drops back after a change.
    assert time.sleeps == [5.0, 7.5, 5.0]


async def test_failure_carries_failed_steps_messages_and_error_details() -> None:
    failed = plan_info(
        "a2",
        step("validate"),
        step(
            "apply",
            "error",
            messages=("starting", "no capacity in zone-1"),
            failure_type="ClusterFailure:NoCapacity",
        ),
        step("rollback"),
        healthy=False,
        attempt_end_time="2025-06-11T19:39:11.304Z",
        error={
            "timestamp": "t",
            "message": "Plan failed",
            "details": {},
            "failure_type": "ClusterFailure:NoCapacity",
        },
    )
    transport = Deployments(
        deployment(elasticsearch=plans(pending=plan_info("a2", step("validate")), current=OLD)),
        deployment(elasticsearch=plans(current=failed, healthy=False)),
    )
    time = FakeTime()

    with pytest.raises(PlanFailedError) as caught:
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=time)

    error = caught.value
    assert error.deployment_id == "dep1"
    (failure,) = error.failures
    assert (failure.kind, failure.ref_id, failure.plan_attempt_id) == (
        "elasticsearch",
        "main-elasticsearch",
        "a2",
    )
    assert (failure.healthy, failure.attempt_end_time) == (False, "2025-06-11T19:39:11.304Z")
    assert (failure.error_message, failure.failure_type) == ("Plan failed", "ClusterFailure:NoCapacity")
    (failed_step,) = failure.failed_steps
    assert (failed_step.step_id, failed_step.status) == ("apply", "error")
    assert failed_step.messages == ("starting", "no capacity in zone-1")
    assert failed_step.failure_type == "ClusterFailure:NoCapacity"
    assert "elasticsearch/main-elasticsearch at step 'apply': Plan failed" in str(error)
    assert isinstance(error, ECEError)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.failures) == (PlanFailedError, str(error), error.failures)
    assert transport.history_flags == ["false", "false"]  # the failed attempt was current: no history fetch


async def test_an_error_step_alone_fails_the_plan_with_its_last_message() -> None:
    failed = plan_info("a2", step("apply", "error", messages=("boom", "gave up")))  # healthy, no ``error``
    transport = Deployments(
        deployment(kibana=plans(pending=plan_info("a2"), current=OLD)),
        deployment(kibana=plans(current=failed)),
    )
    time = FakeTime()

    with pytest.raises(PlanFailedError) as caught:
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=time)

    (failure,) = caught.value.failures
    assert (failure.kind, failure.error_message, failure.failure_type) == ("kibana", "gave up", None)


SIGNALS = {
    "healthy false alone": plan_info("a2", step("apply"), healthy=False),
    "error object alone": plan_info("a2", step("apply"), error={"message": "disk full", "details": {}}),
    "error step alone": plan_info("a2", step("apply", "error")),
}


@pytest.mark.parametrize("signal", sorted(SIGNALS))
async def test_each_failure_signal_alone_fails_the_plan_in_tracking_and_in_the_audit(signal: str) -> None:
    from ece_async.audit.summary import summarise
    from ece_async.models import DeploymentGetResponse

    done = deployment(kibana=plans(current=SIGNALS[signal]))
    transport = Deployments(deployment(kibana=plans(pending=plan_info("a2"), current=OLD)), done)
    with pytest.raises(PlanFailedError):
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=FakeTime())
    decoded = DeploymentGetResponse.from_dict(done)
    assert plan_attempt_failed(decoded.resources.kibana[0].info.plan_info.current)
    assert summarise(decoded).last_plan == "failed"


def test_a_clean_attempt_is_not_failed_by_the_rule() -> None:
    from ece_async.models import DeploymentGetResponse

    done = DeploymentGetResponse.from_dict(deployment(kibana=plans(current=OLD)))
    assert not plan_attempt_failed(done.resources.kibana[0].info.plan_info.current)


async def test_failed_attempt_moved_to_history_is_fetched_for_details() -> None:
    failed = plan_info("a2", step("apply", "error", messages=("disk full",)), healthy=False)
    transport = Deployments(
        deployment(elasticsearch=plans(pending=plan_info("a2", step("apply", "pending")), current=OLD)),
        deployment(elasticsearch=plans(current=OLD, healthy=False)),  # rolled back: current is the old plan
        deployment(elasticsearch=plans(current=OLD, history=[OLD, failed], healthy=False)),
    )
    time = FakeTime()

    with pytest.raises(PlanFailedError) as caught:
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=time)

    assert transport.history_flags == ["false", "false", "true"]
    (failure,) = caught.value.failures
    assert (failure.plan_attempt_id, failure.error_message) == ("a2", "disk full")


async def test_failed_creation_without_current_plan_is_a_failure() -> None:
    failed = plan_info("a1", step("allocate", "error", messages=("no allocators",)), healthy=False)
    transport = Deployments(
        deployment(elasticsearch=plans(healthy=False)),  # finished before the first poll
        deployment(elasticsearch=plans(history=[failed], healthy=False)),
    )
    time = FakeTime()

    with pytest.raises(PlanFailedError, match="no allocators"):
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=time)
    assert transport.history_flags == ["false", "true"]
    assert time.sleeps == []


async def test_only_resources_seen_pending_are_judged() -> None:
    es_failed_long_ago = plans(current=OLD, history=[plan_info("a0", step("x", "error"), healthy=False)])
    es_failed_long_ago["healthy"] = False
    transport = Deployments(
        deployment(elasticsearch=es_failed_long_ago, kibana=plans(pending=plan_info("k2"), current=OLD)),
        deployment(
            elasticsearch=es_failed_long_ago, kibana=plans(current=plan_info("k2", step("plan-completed")))
        ),
    )
    time = FakeTime()

    await wait_for_plan(ApiNamespaces(transport), "dep1", clock=time)

    assert transport.history_flags == ["false", "false"]


async def test_one_failed_resource_among_several() -> None:
    transport = Deployments(
        deployment(
            elasticsearch=plans(pending=plan_info("e2"), current=OLD),
            apm=plans(pending=plan_info("p2"), current=OLD),
        ),
        deployment(
            elasticsearch=plans(current=plan_info("e2", step("plan-completed"))),
            apm=plans(current=plan_info("p2", step("start", "error"), healthy=False)),
        ),
    )
    time = FakeTime()

    with pytest.raises(PlanFailedError) as caught:
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=time)

    assert [(f.kind, f.ref_id) for f in caught.value.failures] == [("apm", "main-apm")]


async def test_deadline_raises_timeout_without_sleeping_past_it() -> None:
    stuck = deployment(
        integrations_server=plans(pending=plan_info("a2", step("apply", "pending")), current=OLD)
    )
    transport = Deployments(stuck)
    time = FakeTime()

    with pytest.raises(PlanTimeoutError) as caught:
        await wait_for_plan(ApiNamespaces(transport), "dep1", timeout=12, backoff=1.0, clock=time)

    assert time.sleeps == [5.0, 5.0, 2.0]
    assert len(transport.requests) == 4  # one last look at the deadline
    error = caught.value
    assert (error.deployment_id, error.timeout, error.pending) == (
        "dep1",
        12,
        ("integrations_server/main-integrations_server",),
    )
    assert error.deployment is not None
    assert isinstance(error, ECEError) and isinstance(error, TimeoutError)
    assert pickle.loads(pickle.dumps(error)).pending == error.pending


async def test_backoff_is_capped() -> None:
    transport = Deployments(deployment(enterprise_search=plans(pending=plan_info("a2"), current=OLD)))
    time = FakeTime()

    with pytest.raises(PlanTimeoutError):
        await wait_for_plan(
            ApiNamespaces(transport), "dep1", timeout=100, backoff=2.0, max_poll_interval=12, clock=time
        )

    assert time.sleeps == [5.0, 10.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 1.0]


async def test_tolerates_nulls_and_missing_fields() -> None:
    odd = {
        "id": "dep1",
        "resources": {
            "elasticsearch": [
                {"ref_id": "es", "info": {"plan_info": {"pending": None, "current": None, "history": None}}},
                {"ref_id": None, "id": "es-id", "info": {"plan_info": {"current": {"healthy": None}}}},
            ],
            "kibana": None,
            "apm": [{"ref_id": "main-apm", "info": None}],
            "appsearch": [None],
            "enterprise_search": [
                {"ref_id": "x", "info": {"plan_info": {"current": {"plan_attempt_log": None}}}}
            ],
        },
    }
    pending = {
        "id": "dep1",
        "resources": {
            "elasticsearch": [
                {
                    "ref_id": "es",
                    "info": {
                        "plan_info": {
                            "pending": {"plan_attempt_log": [None, {"status": None, "info_log": None}]}
                        }
                    },
                }
            ]
        },
    }
    transport = Deployments(pending, odd)
    time = FakeTime()
    tracker = PlanTracker(ApiNamespaces(transport), "dep1", clock=time)

    changes = [change async for change in tracker]

    assert [(c.step_id, c.status, c.messages) for c in changes] == [("", None, ())]
    assert tracker.deployment is not None and tracker.deployment.id == "dep1"


async def test_a_body_that_is_not_a_deployment_is_an_error() -> None:
    with pytest.raises(TypeError, match="get-deployment"):
        await wait_for_plan(ApiNamespaces(Deployments(None)), "dep1", clock=FakeTime())


@pytest.mark.shared_spec
@pytest.mark.parametrize("name", SAMPLE_NAMES)
async def test_real_deployments_without_pending_plans_are_done(name: str) -> None:
    if not (SAMPLES / name).is_file():
        pytest.skip(f"{SAMPLES} is not present")
    body = json.loads((SAMPLES / name).read_text(encoding="utf-8"))
    transport = Deployments(body)
    time = FakeTime()

    result = await wait_for_plan(ApiNamespaces(transport), body["id"], clock=time)

    assert result.id == body["id"]
    assert len(transport.requests) == 1
    assert time.sleeps == []


@pytest.mark.parametrize(
    "kwargs",
    [{"poll_interval": 0}, {"poll_interval": 10, "max_poll_interval": 5}, {"backoff": 0.5}, {"timeout": -1}],
)
def test_bad_settings_are_rejected(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        track_plan(ApiNamespaces(Deployments({})), "dep1", **kwargs)


# --- the final judgement: a resource that ended unhealthy is a failure ---------------------------


async def test_a_resource_left_unhealthy_fails_with_the_failed_attempt_from_history() -> None:
    # Done before the first poll: the current plan looks fine, the resource says its last attempt failed.
    failed = plan_info("a0", step("apply", "error", messages=("disk full",)), healthy=False)
    transport = Deployments(
        deployment(elasticsearch=plans(current=OLD, healthy=False)),
        deployment(elasticsearch=plans(current=OLD, history=[failed], healthy=False)),
    )

    with pytest.raises(PlanFailedError) as caught:
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=FakeTime())

    assert transport.history_flags == ["false", "true"]
    (failure,) = caught.value.failures
    assert (failure.plan_attempt_id, failure.error_message) == ("a0", "disk full")


async def test_an_attempt_gone_everywhere_fails_when_its_resource_ended_unhealthy() -> None:
    # The attempt seen pending is neither current nor in the history sent: the resource's health decides.
    transport = Deployments(
        deployment(elasticsearch=plans(pending=plan_info("a2", step("apply", "pending")), current=OLD)),
        deployment(elasticsearch=plans(current=OLD, healthy=False)),
    )

    with pytest.raises(PlanFailedError) as caught:
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=FakeTime())

    assert transport.history_flags == ["false", "false", "true"]
    (failure,) = caught.value.failures
    assert (failure.kind, failure.plan_attempt_id, failure.failed_steps) == ("elasticsearch", None, ())


async def test_an_attempt_rolled_back_on_a_healthy_resource_is_judged_from_history() -> None:
    # ECE rolled the failed attempt back and the old plan runs fine: healthy, yet the change failed.
    failed = plan_info("a2", step("apply", "error", messages=("rolled back",)), healthy=False)
    transport = Deployments(
        deployment(kibana=plans(pending=plan_info("a2", step("apply", "pending")), current=OLD)),
        deployment(kibana=plans(current=OLD)),
        deployment(kibana=plans(current=OLD, history=[OLD, failed])),
    )

    with pytest.raises(PlanFailedError, match="rolled back"):
        await wait_for_plan(ApiNamespaces(transport), "dep1", clock=FakeTime())

    assert transport.history_flags == ["false", "false", "true"]


# --- bounded waiting -----------------------------------------------------------------------------


class StoppedTime(FakeTime):
    """A broken clock: sleeping returns at once and time never moves."""

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


class Bounded(Deployments):
    """Fails the test after ``limit`` requests, so a wait that would never end ends (and fails) here."""

    def __init__(self, *bodies: Any, limit: int = 50) -> None:
        super().__init__(*bodies)
        self.limit = limit

    async def send(self, request: Request, parse: Parser[T]) -> Response[T]:
        if len(self.requests) >= self.limit:
            raise AssertionError(f"still polling after {self.limit} requests")
        return await super().send(request, parse)


async def test_a_clock_that_never_advances_still_times_out_after_the_polls_the_timeout_allows() -> None:
    transport = Bounded(deployment(apm=plans(pending=plan_info("a2", step("apply", "pending")), current=OLD)))
    time = StoppedTime()

    with pytest.raises(PlanTimeoutError):
        await wait_for_plan(ApiNamespaces(transport), "dep1", timeout=12, backoff=1.0, clock=time)

    # 12 s of 5 s polls leave room for 4 (two full sleeps, a shortened one, a poll before and after each).
    assert len(transport.requests) == 4
    assert time.sleeps == [5.0, 5.0, 5.0]
