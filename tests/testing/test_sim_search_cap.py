"""The optional deployment search page cap: pages shorter than asked, counts still complete."""

from __future__ import annotations

import aiohttp
import pytest

from ece_async.testing import ECESimulator

from .sim_helpers import START, call


async def test_a_capped_search_returns_short_pages_with_the_full_match_count() -> None:
    async with (
        ECESimulator(deployments=12, seed=3, speed=0, start_time=START, search_page_cap=5) as sim,
        aiohttp.ClientSession(base_url=sim.url, headers=sim.headers) as session,
    ):
        seen: list[str] = []
        request: dict[str, object] = {"size": 100, "sort": ["id"]}
        pages = []
        while True:
            status, page, _ = await call(session, "POST", "/deployments/_search", json=request)
            assert status == 200, page
            if not page["deployments"]:
                break
            pages.append(page["return_count"])
            assert page["match_count"] == 12
            seen.extend(d["id"] for d in page["deployments"])
            request = {"cursor": page["cursor"]}
    assert pages == [5, 5, 2]
    assert sorted(seen) == sorted(sim.deployment_ids())


async def test_without_a_cap_a_page_holds_what_was_asked(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    status, page, _ = await call(session, "POST", "/deployments/_search", json={"size": 25})
    assert status == 200 and page["return_count"] == 25


def test_a_cap_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="search_page_cap"):
        ECESimulator(deployments=1, search_page_cap=0)
