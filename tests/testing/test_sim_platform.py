"""Platform info and allocators: paging with from/size, queries, instance placement."""

from __future__ import annotations

import aiohttp

from ece_async.testing import ECESimulator

from .sim_helpers import call


def _ids(overview: dict[str, object]) -> list[str]:
    zones = overview["zones"]
    assert isinstance(zones, list)
    return [a["allocator_id"] for z in zones for a in z["allocators"]]


async def test_allocators_hold_every_instance(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    _, overview, _ = await call(session, "GET", "/platform/infrastructure/allocators?size=1000")
    allocators = [a for z in overview["zones"] for a in z["allocators"]]
    assert len(allocators) == len(sim.state.allocators)
    placed = {(i["cluster_id"], i["instance_name"]) for a in allocators for i in a["instances"]}
    for dep in sim.deployment_ids():
        _, body, _ = await call(session, "GET", f"/deployments/{dep}")
        for kind in body["resources"].values():
            for resource in kind:
                for instance in resource["info"]["topology"]["instances"]:
                    assert (resource["id"], instance["instance_name"]) in placed
    for a in allocators:
        assert a["capacity"]["memory"]["used"] == sum(i["node_memory"] for i in a["instances"])


async def test_allocator_paging_and_search(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    _, everything, _ = await call(session, "GET", "/platform/infrastructure/allocators")
    all_ids = _ids(everything)
    pages = []
    for start in range(0, len(all_ids) + 2, 2):
        _, page, _ = await call(session, "GET", f"/platform/infrastructure/allocators?from={start}&size=2")
        pages += _ids(page)
    assert pages == all_ids

    _, body, _ = await call(
        session,
        "POST",
        "/platform/infrastructure/allocators/_search",
        json={"query": {"term": {"zone_id": {"value": "ece-zone-2"}}}, "size": 100},
    )
    assert [z["zone_id"] for z in body["zones"]] == ["ece-zone-2"]
    _, body, _ = await call(session, "GET", "/platform/infrastructure/allocators?q=zone_id:ece-zone-3")
    assert {z["zone_id"] for z in body["zones"]} == {"ece-zone-3"}
    _, body, _ = await call(session, "GET", "/platform/infrastructure/allocators?sort=-allocator_id")
    assert _ids(body) == sorted(all_ids, reverse=True)


async def test_platform_info(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    status, body, _ = await call(session, "GET", "/platform")
    assert status == 200
    summary = body["regions"][0]["allocators"]["zone_summaries"]
    assert sum(z["total_allocators"] for z in summary) == len(sim.state.allocators)
    assert body["regions"][0]["resources"]["used_count"] == len(sim.deployment_ids())
