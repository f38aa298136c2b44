"""Paging over the search endpoints, against the real generated API and a scripted transport."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TypeVar

import pytest

from ece_async._generated import ApiNamespaces, Parser, Request, Response
from ece_async.errors import ECEError
from ece_async.pagination import (
    PaginationError,
    iter_allocator_pages,
    iter_allocators,
    iter_deployment_pages,
    iter_deployments,
    iter_runners,
)

T = TypeVar("T")


class ScriptedTransport:
    """Answers each operation with the next canned body and records what was sent."""

    def __init__(self, operation_id: str, bodies: list[Any]) -> None:
        self.operation_id = operation_id
        self.bodies = list(bodies)
        self.requests: list[Request] = []

    async def send(self, request: Request, parse: Parser[T]) -> Response[T]:
        assert request.operation_id == self.operation_id, request
        self.requests.append(request)
        if not self.bodies:
            raise AssertionError(f"unexpected extra request {request.json!r}")
        return Response(200, {}, parse(200, self.bodies.pop(0)))

    @property
    def sent(self) -> list[Any]:
        return [request.json for request in self.requests]


async def collect(iterator: AsyncIterator[T]) -> list[T]:
    return [item async for item in iterator]


def deployment(n: int) -> dict[str, Any]:
    return {"id": f"d{n}", "name": f"deployment {n}", "healthy": True, "resources": {}}


def deployments_page(numbers: range | list[int], cursor: str | None = None) -> dict[str, Any]:
    page: dict[str, Any] = {"return_count": len(numbers), "deployments": [deployment(n) for n in numbers]}
    if cursor is not None:
        page["cursor"] = cursor
    return page


def api(transport: ScriptedTransport) -> ApiNamespaces:
    return ApiNamespaces(transport)


# --- deployments (cursor) ------------------------------------------------------------------------


async def test_cursor_walk_follows_each_cursor_until_none_comes_back() -> None:
    from ece_async.models import QueryContainer, SearchRequestSortItem

    transport = ScriptedTransport(
        "search-deployments",
        [
            deployments_page(range(0, 2), "c1"),
            deployments_page(range(2, 4), "c2"),
            deployments_page([4]),
        ],
    )
    query = QueryContainer.from_dict({"match_all": {}})
    sort = [SearchRequestSortItem.from_dict({"id": "asc"})]

    found = await collect(iter_deployments(api(transport), query, page_size=2, sort=sort))

    assert [d.id for d in found] == ["d0", "d1", "d2", "d3", "d4"]
    assert transport.sent == [
        {"size": 2, "query": {"match_all": {}}, "sort": [{"id": "asc"}]},
        {"cursor": "c1", "size": 2},
        {"cursor": "c2", "size": 2},
    ]


async def test_a_server_capping_pages_below_page_size_is_followed_to_the_end() -> None:
    # ECE caps deployment pages at 100 whatever ``size`` says: a short page is not the last.
    pages = [
        deployments_page(range(start, min(start + 100, 350)), f"c{start}") for start in range(0, 350, 100)
    ]
    transport = ScriptedTransport("search-deployments", [*pages, deployments_page([], "c-end")])

    found = await collect(iter_deployments(api(transport), page_size=500))

    assert [d.id for d in found] == [f"d{n}" for n in range(350)]
    assert len(transport.requests) == 5


async def test_the_same_page_under_ever_new_cursors_raises_instead_of_looping() -> None:
    transport = ScriptedTransport(
        "search-deployments", [deployments_page(range(2), f"fresh-{i}") for i in range(1000)]
    )
    found: list[str] = []

    with pytest.raises(PaginationError, match="same page"):
        async for item in iter_deployments(api(transport), page_size=2):
            found.append(item.id)

    assert found == ["d0", "d1"]
    assert len(transport.requests) == 2


async def test_full_page_without_cursor_is_the_last() -> None:
    transport = ScriptedTransport("search-deployments", [deployments_page(range(3))])

    assert len(await collect(iter_deployments(api(transport), page_size=3))) == 3
    assert len(transport.requests) == 1


@pytest.mark.parametrize(
    "last_page",
    [
        {"return_count": 0, "deployments": [], "cursor": "c2"},
        {"return_count": 0, "deployments": None, "cursor": "c2"},
        {"cursor": "c2"},
        {},
        None,
    ],
    ids=["empty", "null-list", "missing-list", "empty-object", "null-body"],
)
async def test_empty_or_null_page_ends_the_walk(last_page: Any) -> None:
    transport = ScriptedTransport("search-deployments", [deployments_page(range(2), "c1"), last_page])

    found = await collect(iter_deployments(api(transport), page_size=2))

    assert [d.id for d in found] == ["d0", "d1"]
    assert len(transport.requests) == 2


async def test_null_cursor_ends_the_walk() -> None:
    page = deployments_page(range(2))
    page["cursor"] = None
    transport = ScriptedTransport("search-deployments", [page])

    assert len(await collect(iter_deployments(api(transport), page_size=2))) == 2


@pytest.mark.parametrize("cursors", [["c1", "c1"], ["c1", "c2", "c1"]], ids=["repeated", "cycle"])
async def test_a_cursor_seen_before_raises_instead_of_looping(cursors: list[str]) -> None:
    pages = [deployments_page(range(2 * i, 2 * i + 2), cursor) for i, cursor in enumerate(cursors)]
    transport = ScriptedTransport("search-deployments", pages)
    found: list[str] = []

    with pytest.raises(PaginationError, match="c1"):
        async for item in iter_deployments(api(transport), page_size=2):
            found.append(item.id)

    assert len(found) == 2 * len(cursors)  # everything received was still delivered
    assert len(transport.requests) == len(cursors)


async def test_pages_keep_match_count_and_minimal_metadata() -> None:
    first = {
        "return_count": 2,
        "match_count": 3,
        "deployments": [],
        "minimal_metadata": [{"id": "a"}, {"id": "b"}],
    }
    second = {"return_count": 1, "match_count": 3, "deployments": [], "minimal_metadata": [{"id": "c"}]}
    first["cursor"] = "c1"
    transport = ScriptedTransport("search-deployments", [first, second])

    pages = await collect(iter_deployment_pages(api(transport), page_size=2, minimal_metadata="id"))

    assert [page.match_count for page in pages] == [3, 3]
    assert [item.additional_properties["id"] for page in pages for item in page.minimal_metadata or []] == [
        "a",
        "b",
        "c",
    ]
    assert all(request.params == (("minimal_metadata", "id"),) for request in transport.requests)


def test_page_size_is_checked_when_called() -> None:
    transport = ScriptedTransport("search-deployments", [])
    with pytest.raises(ValueError, match="page_size"):
        iter_deployments(api(transport), page_size=0)
    with pytest.raises(ValueError, match="page_size"):
        iter_runners(api(transport), page_size=-1)


# --- allocators and runners (from/size) ----------------------------------------------------------


def allocator(name: str, zone: str) -> dict[str, Any]:
    return {"allocator_id": name, "zone_id": zone, "status": {"connected": True, "healthy": True}}


def allocators_page(*zones: tuple[str, list[str]]) -> dict[str, Any]:
    return {
        "zones": [
            {"zone_id": zone, "allocators": [allocator(name, zone) for name in names]}
            for zone, names in zones
        ]
    }


async def test_allocators_are_paged_by_offset_and_flattened_across_zones() -> None:
    transport = ScriptedTransport(
        "search-allocators",
        [
            allocators_page(("z1", ["a1", "a2"]), ("z2", ["a3"])),
            allocators_page(("z2", ["a4"]), ("z3", [])),
        ],
    )

    found = await collect(iter_allocators(api(transport), page_size=3))

    assert [(a.allocator_id, a.zone_id) for a in found] == [
        ("a1", "z1"),
        ("a2", "z1"),
        ("a3", "z2"),
        ("a4", "z2"),
    ]
    assert transport.sent == [{"from": 0, "size": 3}, {"from": 3, "size": 3}]


async def test_allocator_pages_tolerate_null_zones_and_allocators() -> None:
    transport = ScriptedTransport(
        "search-allocators",
        [allocators_page(("z1", ["a1", "a2"])), {"zones": [{"zone_id": "z1", "allocators": None}, None]}],
    )

    pages = await collect(iter_allocator_pages(api(transport), page_size=2))

    assert len(pages) == 2
    assert transport.sent[1] == {"from": 2, "size": 2}


async def test_runners_stop_on_a_short_page() -> None:
    runners = [{"runner_id": f"r{n}", "connected": True, "healthy": True} for n in range(5)]
    transport = ScriptedTransport("search-runners", [{"runners": runners[:2]}, {"runners": runners[2:4]}, {}])

    found = await collect(iter_runners(api(transport), page_size=2))

    assert [r.runner_id for r in found] == ["r0", "r1", "r2", "r3"]
    assert transport.sent == [{"from": 0, "size": 2}, {"from": 2, "size": 2}, {"from": 4, "size": 2}]


async def test_a_server_ignoring_size_is_read_once() -> None:
    runners = [{"runner_id": f"r{n}"} for n in range(5)]
    transport = ScriptedTransport("search-runners", [{"runners": runners}])

    assert len(await collect(iter_runners(api(transport), page_size=2))) == 5
    assert len(transport.requests) == 1


async def test_a_server_ignoring_from_raises_instead_of_repeating() -> None:
    page = {"runners": [{"runner_id": "r0"}, {"runner_id": "r1"}]}
    transport = ScriptedTransport("search-runners", [page, page, page])

    with pytest.raises(PaginationError, match="from=2") as caught:
        await collect(iter_runners(api(transport), page_size=2))
    assert isinstance(caught.value, ECEError)
    assert len(transport.requests) == 2


# --- servers that loop over earlier pages, or stop short of their own total ----------------------


async def test_cursor_pages_alternating_between_two_raise_instead_of_looping() -> None:
    # A, B, A, B, ... each under a fresh cursor: comparing with the previous page alone never stops.
    pages = [deployments_page(range(0, 2) if i % 2 == 0 else range(2, 4), f"c{i}") for i in range(1000)]
    transport = ScriptedTransport("search-deployments", pages)
    found: list[str] = []

    with pytest.raises(PaginationError, match="same page"):
        async for item in iter_deployments(api(transport), page_size=2):
            found.append(item.id)

    assert found == ["d0", "d1", "d2", "d3"]
    assert len(transport.requests) == 3


def runners_page(numbers: range | list[int], **extra: Any) -> dict[str, Any]:
    return {"runners": [{"runner_id": f"r{n}", "connected": True} for n in numbers], **extra}


@pytest.mark.parametrize("with_ids", [True, False], ids=["ids", "no-ids"])
async def test_offset_pages_alternating_between_two_raise_instead_of_looping(with_ids: bool) -> None:
    pages = [runners_page(range(0, 2) if i % 2 == 0 else range(2, 4)) for i in range(1000)]
    if not with_ids:  # items without an id are told apart by their content
        for page in pages:
            for runner in page["runners"]:
                runner["host"] = runner.pop("runner_id")
    transport = ScriptedTransport("search-runners", pages)

    with pytest.raises(PaginationError, match="from=4"):
        await collect(iter_runners(api(transport), page_size=2))
    assert len(transport.requests) == 3


@pytest.mark.parametrize("total_field", ["match_count", "total"])
async def test_a_short_offset_page_below_the_total_is_not_the_end(total_field: str) -> None:
    # The server caps pages at 2 whatever ``size`` says, and says 5 match: all 5 are listed.
    chunks = [range(0, 2), range(2, 4), range(4, 5)]
    transport = ScriptedTransport("search-runners", [runners_page(c, **{total_field: 5}) for c in chunks])

    found = await collect(iter_runners(api(transport), page_size=10))

    assert [r.runner_id for r in found] == ["r0", "r1", "r2", "r3", "r4"]
    assert transport.sent == [{"from": 0, "size": 10}, {"from": 2, "size": 10}, {"from": 4, "size": 10}]


async def test_an_empty_offset_page_below_the_total_raises_rather_than_losing_the_rest() -> None:
    transport = ScriptedTransport(
        "search-runners", [runners_page(range(0, 2), match_count=5), runners_page([], match_count=5)]
    )
    found: list[str] = []

    with pytest.raises(PaginationError, match="5"):
        async for runner in iter_runners(api(transport), page_size=10):
            found.append(runner.runner_id)

    assert found == ["r0", "r1"]
    assert len(transport.requests) == 2


async def test_an_empty_offset_page_once_the_total_shrank_ends_the_walk() -> None:
    # Runners removed meanwhile: the total the last page reports is the one that counts.
    transport = ScriptedTransport(
        "search-runners", [runners_page(range(0, 2), match_count=5), runners_page([], match_count=2)]
    )

    assert len(await collect(iter_runners(api(transport), page_size=10))) == 2
