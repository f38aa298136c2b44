"""Wait for a deployment's pending plan, with step-by-step progress and typed outcomes.

ECE applies every deployment change as a *plan* per resource; while it runs, the
resource's ``info.plan_info.pending`` is set.  This module polls ``get-deployment``
(``show_plans``, ``show_plan_logs``) until no resource has a pending plan, reports
step changes on the way and then decides the outcome.

Outcome rule, per resource that was seen with a pending plan (or every resource,
if none was ever seen pending, e.g. the plan finished before the first poll):

* the *attempt* judged is the plan info whose ``plan_attempt_id`` matches the
  pending attempt that was seen, looked for in ``current`` and then ``history``;
  without an id, ``current`` (or, when a creation failed and there is no current
  plan, the newest ``history`` entry);
* the attempt failed by :func:`plan_attempt_failed` (the one rule, which the
  fleet audit applies too): its ``healthy`` is false, it carries an ``error``, or
  any step of its ``plan_attempt_log`` has status ``error``; without an attempt
  matched by id, a false resource-level ``plan_info.healthy`` ("the last plan
  attempt failed") also means failure;
* plan history is fetched (one more GET with ``show_plan_history``) only when
  the attempt seen pending is not the current plan, or the resource is unhealthy
  while its latest plan looks fine: ECE may have rolled back and moved the failed
  attempt to history.  The plain polls stay small.

The deadline is checked between polls, and the polls are counted too: no more
than the timeout leaves room for, so a clock that does not advance (a broken
injected one) ends the wait with :class:`PlanTimeoutError` instead of polling
forever.  A request in flight is bounded by the client's own timeouts, and
transport errors propagate unchanged.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import attrs

from ._generated import Model
from ._record import Record
from ._tolerant import RESOURCE_KINDS, at, flag, models, plan_attempt_failed, text
from .clock import Clock, SystemClock
from .errors import PlanFailedError, PlanTimeoutError

if TYPE_CHECKING:
    from ._generated import ApiNamespaces
    from .models import DeploymentGetResponse

__all__ = [
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_TIMEOUT",
    "RESOURCE_KINDS",
    "PlanFailedError",
    "PlanFailure",
    "PlanStep",
    "PlanTimeoutError",
    "PlanTracker",
    "plan_attempt_failed",
    "track_plan",
    "wait_for_plan",
]

DEFAULT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 5.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
DEFAULT_BACKOFF = 1.5


@attrs.frozen
class PlanStep(Record):
    """One step of a plan attempt, as last seen; progress events and failure details both use it."""

    kind: str
    ref_id: str
    plan_attempt_id: str | None
    step_id: str
    #: ``pending``, ``success``, ``warning``, ``error`` (or a value a newer ECE adds).
    status: str | None
    #: ``starting``, ``in_progress``, ``completed``.
    stage: str | None
    started: str | None
    completed: str | None
    #: The step's ``info_log`` messages, oldest first.
    messages: tuple[str, ...] = ()
    #: The newest ``failure_type`` in the step's ``info_log``.
    failure_type: str | None = None


@attrs.frozen
class PlanFailure(Record):
    """Why one resource's plan attempt failed, from its plan info and attempt log."""

    kind: str
    ref_id: str
    plan_attempt_id: str | None
    healthy: bool | None
    attempt_end_time: str | None
    #: ``error.message`` of the attempt, else the last message of the first failed step.
    error_message: str | None
    #: ``error.failure_type`` of the attempt, else the first failed step's.
    failure_type: str | None
    #: Steps with status ``error`` (the last step when none has that status).
    failed_steps: tuple[PlanStep, ...]

    def summary(self) -> str:
        where = f"{self.kind}/{self.ref_id}"
        step = f" at step {self.failed_steps[0].step_id!r}" if self.failed_steps else ""
        kind = f" [{self.failure_type}]" if self.failure_type else ""
        return f"{where}{step}: {self.error_message or 'no error message'}{kind}"


# --- tolerant reads: any field may be missing, null or of an unexpected type ---------------------


def _model(value: object) -> Model | None:
    return value if isinstance(value, Model) else None


@attrs.frozen
class _Resource:
    kind: str
    ref_id: str
    plans: Model | None  # the resource's ``info.plan_info`` (an ``*PlansInfo``)

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.ref_id}"

    @property
    def pending(self) -> Model | None:
        return _model(at(self.plans, "pending"))


def _resources(deployment: object) -> list[_Resource]:
    resources = at(deployment, "resources")
    found = []
    for kind in RESOURCE_KINDS:
        for index, resource in enumerate(models(at(resources, kind))):
            ref_id = text(at(resource, "ref_id")) or text(at(resource, "id")) or f"#{index}"
            found.append(_Resource(kind, ref_id, _model(at(at(resource, "info"), "plan_info"))))
    return found


def _steps(resource: _Resource, info: Model) -> list[PlanStep]:
    attempt_id = text(at(info, "plan_attempt_id"))
    steps = []
    for entry in models(at(info, "plan_attempt_log")):
        log = models(at(entry, "info_log"))
        failure_types = [value for value in (text(at(line, "failure_type")) for line in log) if value]
        steps.append(
            PlanStep(
                kind=resource.kind,
                ref_id=resource.ref_id,
                plan_attempt_id=attempt_id,
                step_id=text(at(entry, "step_id")) or "",
                status=text(at(entry, "status")),
                stage=text(at(entry, "stage")),
                started=text(at(entry, "started")),
                completed=text(at(entry, "completed")),
                messages=tuple(message for message in (text(at(line, "message")) for line in log) if message),
                failure_type=failure_types[-1] if failure_types else None,
            )
        )
    return steps


def _progress(step: PlanStep) -> tuple[str | None, ...]:
    # New info_log lines alone are not progress: they would make every poll an event.
    return (step.step_id, step.status, step.stage, step.started, step.completed)


def _judge(resource: _Resource, attempt_id: str | None, final: bool) -> tuple[bool, Model | None] | None:
    """``(failed, attempt)``, or ``None`` when plan history is needed to tell."""
    current = _model(at(resource.plans, "current"))
    history = models(at(resource.plans, "history"))
    if attempt_id is not None:
        for info in (current, *reversed(history)):
            if info is not None and text(at(info, "plan_attempt_id")) == attempt_id:
                return plan_attempt_failed(info), info
        if not final:
            return None
    latest = current if current is not None else (history[-1] if history else None)
    if latest is not None and plan_attempt_failed(latest):
        return True, latest
    if at(resource.plans, "healthy") is False:
        if not final:
            return None
        return True, next((info for info in reversed(history) if plan_attempt_failed(info)), None)
    return False, latest


def _failure(resource: _Resource, attempt: Model | None) -> PlanFailure:
    steps = _steps(resource, attempt) if attempt is not None else []
    failed = tuple(step for step in steps if step.status == "error") or tuple(steps[-1:])
    error = at(attempt, "error")
    first = failed[0] if failed else None
    return PlanFailure(
        kind=resource.kind,
        ref_id=resource.ref_id,
        plan_attempt_id=text(at(attempt, "plan_attempt_id")),
        healthy=flag(at(attempt, "healthy")),
        attempt_end_time=text(at(attempt, "attempt_end_time")),
        error_message=text(at(error, "message"))
        or (first.messages[-1] if first and first.messages else None),
        failure_type=text(at(error, "failure_type")) or (first.failure_type if first else None),
        failed_steps=failed,
    )


class PlanTracker:
    """Polls a deployment until its pending plan is done; iterate it for step changes.

    Iteration ends when the plan succeeded (``deployment`` then holds the final
    state) and raises :class:`PlanFailedError` or :class:`PlanTimeoutError`
    otherwise.  Each :class:`PlanStep` is yielded when first seen and again only
    when its status, stage or timestamps change.  The interval between polls
    starts at ``poll_interval``, grows by ``backoff`` while nothing changes, is
    capped at ``max_poll_interval`` and drops back after a change.  Time and
    sleeping go through ``clock`` (an :class:`ece_async.clock.Clock`), so tests
    and simulators can run a long plan on virtual time.
    """

    def __init__(
        self,
        api: ApiNamespaces,
        deployment_id: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        backoff: float = DEFAULT_BACKOFF,
        clock: Clock | None = None,
    ) -> None:
        if poll_interval <= 0 or max_poll_interval < poll_interval or backoff < 1:
            raise ValueError("need 0 < poll_interval <= max_poll_interval and backoff >= 1")
        if timeout is not None and timeout < 0:
            raise ValueError(f"timeout must be >= 0 or None, got {timeout}")
        self._api = api
        self.deployment_id = deployment_id
        self._timeout = timeout
        self._poll_interval = poll_interval
        self._max_poll_interval = max_poll_interval
        self._backoff = backoff
        self._clock: Clock = clock if clock is not None else SystemClock()
        #: The deployment as last fetched; the final state once iteration ended without error.
        self.deployment: DeploymentGetResponse | None = None

    def __aiter__(self) -> AsyncIterator[PlanStep]:
        return self._run()

    async def _fetch(self, history: bool) -> DeploymentGetResponse:
        deployment = await self._api.deployments.get_deployment(
            deployment_id=self.deployment_id, show_plans=True, show_plan_logs=True, show_plan_history=history
        )
        if not isinstance(deployment, Model):  # e.g. a null body: no plan state to judge
            raise TypeError(f"get-deployment returned {type(deployment).__name__}, not a deployment")
        self.deployment = deployment
        return deployment

    async def _run(self) -> AsyncIterator[PlanStep]:
        deadline = math.inf if self._timeout is None else self._clock.monotonic() + self._timeout
        seen: dict[tuple[str, str | None, int], PlanStep] = {}
        attempts: dict[str, str | None] = {}  # resource key -> pending plan_attempt_id

        def changed(resource: _Resource, info: Model) -> list[PlanStep]:
            news = []
            for index, step in enumerate(_steps(resource, info)):
                key = (resource.key, step.plan_attempt_id, index)
                old = seen.get(key)
                if old is None or _progress(old) != _progress(step):
                    seen[key] = step
                    news.append(step)
            return news

        delay = self._poll_interval
        polls_left = self._poll_budget()
        while True:
            deployment = await self._fetch(history=False)
            polls_left -= 1
            resources = _resources(deployment)
            pending = []
            news = []
            for resource in resources:
                info = resource.pending
                if info is not None:
                    pending.append(resource.key)
                    attempts[resource.key] = text(at(info, "plan_attempt_id"))
                    news += changed(resource, info)
            for step in news:
                yield step
            if not pending:
                break
            remaining = deadline - self._clock.monotonic()
            if remaining <= 0 or polls_left <= 0:
                raise self._timed_out(pending, deployment)
            if news:
                delay = self._poll_interval
            await self._clock.sleep(min(delay, remaining))
            delay = min(delay * self._backoff, self._max_poll_interval)

        verdicts = self._judge_all(resources, attempts, final=False)
        if None in verdicts.values():
            deployment = await self._fetch(history=True)
            resources = _resources(deployment)
            verdicts = self._judge_all(resources, attempts, final=True)
        failures = []
        for resource in resources:
            verdict = verdicts.get(resource.key)
            if verdict is None:
                continue
            failed, attempt = verdict
            # The tracked attempt's steps that finished after the last poll.
            tracked = (
                resource.key in attempts and text(at(attempt, "plan_attempt_id")) == attempts[resource.key]
            )
            if attempt is not None and tracked:
                for step in changed(resource, attempt):
                    yield step
            if failed:
                failures.append(_failure(resource, attempt))
        if failures:
            details = "; ".join(failure.summary() for failure in failures)
            raise PlanFailedError(
                f"plan of deployment {self.deployment_id} failed: {details}",
                deployment_id=self.deployment_id,
                failures=tuple(failures),
                deployment=deployment,
            )

    def _poll_budget(self) -> float:
        """The most polls the timeout allows, so a clock that does not move cannot make the wait endless.

        Every sleep but the last lasts ``poll_interval`` or more, so a deadline of
        ``timeout`` leaves room for ``timeout // poll_interval`` full sleeps, one
        shortened last sleep, and a poll after each plus the first.
        """
        if self._timeout is None:
            return math.inf
        return self._timeout // self._poll_interval + 2

    def _timed_out(self, pending: list[str], deployment: DeploymentGetResponse) -> PlanTimeoutError:
        timeout = self._timeout or 0.0
        return PlanTimeoutError(
            f"plan of deployment {self.deployment_id} still pending after {timeout:g}s: "
            + ", ".join(pending),
            deployment_id=self.deployment_id,
            timeout=timeout,
            pending=tuple(pending),
            deployment=deployment,
        )

    @staticmethod
    def _judge_all(
        resources: list[_Resource], attempts: dict[str, str | None], final: bool
    ) -> dict[str, tuple[bool, Model | None] | None]:
        return {
            resource.key: _judge(resource, attempts.get(resource.key), final)
            for resource in resources
            if not attempts or resource.key in attempts
        }


def track_plan(
    api: ApiNamespaces,
    deployment_id: str,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    backoff: float = DEFAULT_BACKOFF,
    clock: Clock | None = None,
) -> PlanTracker:
    """Progress of the deployment's pending plan: ``async for step in track_plan(api, id): ...``."""
    return PlanTracker(
        api,
        deployment_id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        backoff=backoff,
        clock=clock,
    )


async def wait_for_plan(
    api: ApiNamespaces,
    deployment_id: str,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    backoff: float = DEFAULT_BACKOFF,
    clock: Clock | None = None,
) -> DeploymentGetResponse:
    """The deployment once its pending plan succeeded, so a change can be awaited like a call.

    Raises :class:`PlanFailedError` (with the failed steps) or :class:`PlanTimeoutError`.
    """
    tracker = track_plan(
        api,
        deployment_id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        backoff=backoff,
        clock=clock,
    )
    async for _ in tracker:
        pass
    if tracker.deployment is None:  # unreachable: iteration always fetches a deployment
        raise RuntimeError("plan tracking ended without fetching the deployment")
    return tracker.deployment
