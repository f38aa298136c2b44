"""Plan tracking: change a deployment, follow its plan step by step, wait for the outcome.

Against the embedded simulator the example resizes the first deployment's Elasticsearch and hands
plan tracking the simulator's clock: with ``speed=0`` its waits move simulated time instead of
sleeping (a plan of minutes takes milliseconds). Against
``ECE_URL`` it changes nothing unless ``ECE_DEPLOYMENT_ID`` names a deployment to resize: it
shows where the plans in flight are::

    python examples/plan_tracking.py
"""

from __future__ import annotations

import asyncio
import os

from _target import ece_target

from ece_async import ECEClient
from ece_async.clock import Clock
from ece_async.models import (
    DeploymentGetResponse,
    DeploymentUpdateRequest,
    DeploymentUpdateResources,
    ElasticsearchClusterPlan,
    ElasticsearchClusterPlanInfo,
    ElasticsearchPayload,
    TopologySize,
)
from ece_async.plans import PlanFailedError, track_plan, wait_for_plan


def resized(dep: DeploymentGetResponse) -> DeploymentUpdateRequest:
    """The deployment's Elasticsearch with its first tier's size doubled (other resources kept).

    Real payloads may lack any field (``None``/``UNSET``), so each level is checked.
    """
    resources = dep.resources.elasticsearch if dep.resources else None
    es = resources[0] if resources else None
    current = es.info.plan_info.current if es and es.info and es.info.plan_info else None
    if es is None or not isinstance(current, ElasticsearchClusterPlanInfo):
        raise SystemExit(f"deployment {dep.id} has no Elasticsearch plan to change")
    plan = current.plan
    if not isinstance(plan, ElasticsearchClusterPlan):
        raise SystemExit(f"deployment {dep.id}: the current plan is not shown")
    for tier in plan.cluster_topology or []:
        if isinstance(tier.size, TopologySize) and isinstance(tier.size.value, int):
            tier.size.value *= 2
            break
    payload = ElasticsearchPayload(region=es.region, ref_id=es.ref_id, plan=plan)
    return DeploymentUpdateRequest(
        prune_orphans=False, resources=DeploymentUpdateResources(elasticsearch=[payload])
    )


async def change_and_follow(ece: ECEClient, dep_id: str, clock: Clock | None) -> None:
    current = await ece.deployments.get_deployment(deployment_id=dep_id, show_plans=True)
    change = resized(current)
    # --8<-- [start:plan]
    await ece.deployments.update_deployment(deployment_id=dep_id, body=change)
    async for step in track_plan(ece, dep_id, clock=clock):  # optional: live progress
        print(step.kind, step.ref_id, step.step_id, step.status)
    try:
        deployment = await wait_for_plan(ece, dep_id, timeout=1800, clock=clock)
        print("plan done:", deployment.name, "healthy" if deployment.healthy else "unhealthy")
    except PlanFailedError as error:  # the failed steps, their log messages, the failure type
        print("plan failed:", error)
    # --8<-- [end:plan]


async def show_plan_in_flight(ece: ECEClient, dep_id: str) -> None:
    try:
        async for step in track_plan(ece, dep_id):
            print(dep_id, step.kind, step.ref_id, step.step_id, step.status)
            return
        print(dep_id, "no plan in flight")
    except PlanFailedError as error:
        print(dep_id, "last plan failed:", [failure.failure_type for failure in error.failures])


async def main() -> None:
    async with ece_target(speed=0, plan_failure_rate=0.0) as target:
        async with ECEClient(target.url, api_key=target.api_key, ca_file=target.ca_file) as ece:
            sim = target.simulator
            if sim is not None:
                await change_and_follow(ece, sim.deployment_ids()[0], sim.clock)  # waits move its time
            elif dep_id := os.environ.get("ECE_DEPLOYMENT_ID"):
                await change_and_follow(ece, dep_id, None)
            else:  # read only: where the plans in flight are now
                listing = await ece.deployments.list_deployments()
                for summary in listing.deployments or []:
                    await show_plan_in_flight(ece, summary.id)


if __name__ == "__main__":
    asyncio.run(main())
