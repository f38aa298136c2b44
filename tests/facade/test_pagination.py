"""Paging over the search endpoints: the rule on real servers on 127.0.0.1, odd bodies scripted."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import orjson
import pytest
from aiohttp import web

from ece_async import ECEClient
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

from .facade_support import LocalServers, json_response

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
    assert len(transport.requests) == 4  # the page of 50, shorter than the server's 100, was the last


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


# --- on the wire: real servers on 127.0.0.1 -------------------------------------------------------

#: A server under test answers at most this many searches, then empty pages: a walk that would
#: loop forever ends (and its test fails on the count) instead of hanging.
REQUEST_BUDGET = 30


class SearchServer:
    """An ECE-ish search endpoint over ``ids``: caps ``size`` at ``cap``, records each request body.

    ``page`` decides what a request gets: by default the slice its cursor or ``from`` points at.
    """

    def __init__(
        self,
        ids: list[int],
        *,
        cap: int = 100,
        total: bool = True,
        page: Callable[[SearchServer, dict[str, Any], int], list[int]] | None = None,
    ) -> None:
        self.ids = ids
        self.cap = cap
        self.total = total
        self.page = page or SearchServer.slice
        self.bodies: list[dict[str, Any]] = []

    def slice(self, body: dict[str, Any], size: int) -> list[int]:
        cursor = body.get("cursor")
        start = int(cursor.removeprefix("after-")) if cursor else body.get("from", 0)
        return self.ids[start : start + size]

    async def _page(self, request: web.Request) -> tuple[list[int], int]:
        body = await request.json()
        self.bodies.append(body)
        if len(self.bodies) > REQUEST_BUDGET:
            return [], 0
        numbers = self.page(self, body, min(body.get("size", 100), self.cap))
        start = int(body["cursor"].removeprefix("after-")) if "cursor" in body else body.get("from", 0)
        return numbers, start + len(numbers)

    async def deployments(self, request: web.Request) -> web.Response:
        numbers, end = await self._page(request)
        payload: dict[str, Any] = {
            "return_count": len(numbers),
            "deployments": [deployment(n) for n in numbers],
            "cursor": f"after-{end}",  # as ECE does: a cursor on every page, the last one too
        }
        if self.total:
            payload["match_count"] = len(self.ids)
        return json_response(payload)

    async def allocators(self, request: web.Request) -> web.Response:
        numbers, _ = await self._page(request)
        zones: dict[str, list[dict[str, Any]]] = {}
        for n in numbers:
            zones.setdefault(f"zone-{n % 3}", []).append(allocator(f"a{n}", f"zone-{n % 3}"))
        return json_response({"zones": [{"zone_id": z, "allocators": a} for z, a in zones.items()]})

    async def runners(self, request: web.Request) -> web.Response:
        numbers, _ = await self._page(request)
        return json_response(runners_page(numbers, **({"total": len(self.ids)} if self.total else {})))

    async def start(self, servers: LocalServers) -> ECEClient:
        base = await servers.start(
            [
                ("POST", "/deployments/_search", self.deployments),
                ("POST", "/platform/infrastructure/allocators/_search", self.allocators),
                ("POST", "/platform/infrastructure/runners/_search", self.runners),
            ]
        )
        return ECEClient(base, api_key="key-1234")


def the_first_ten_shuffled(server: SearchServer, body: dict[str, Any], size: int) -> list[int]:
    """A server that ignores the cursor or ``from``: the same ten items each time, reordered."""
    numbers = server.ids[:10]
    random.Random(len(server.bodies)).shuffle(numbers)
    return numbers


@pytest.mark.parametrize("total", [True, False], ids=["match_count", "no-total"])
async def test_a_reordered_repeat_under_a_fresh_cursor_raises_on_the_second_page(
    servers: LocalServers, total: bool
) -> None:
    server = SearchServer(list(range(1000)), total=total, page=the_first_ten_shuffled)
    found: list[str] = []

    async with await server.start(servers) as ece:
        with pytest.raises(PaginationError, match="same page as before") as caught:
            async for item in iter_deployments(ece, page_size=10):
                found.append(item.id)

    assert sorted(found) == sorted(f"d{n}" for n in range(10))
    assert len(server.bodies) == 2
    assert "under a new cursor" in str(caught.value)


async def test_offset_paging_that_ignores_from_raises_on_the_second_page(servers: LocalServers) -> None:
    server = SearchServer(list(range(1000)), page=the_first_ten_shuffled)

    async with await server.start(servers) as ece:
        with pytest.raises(PaginationError, match="from=10"):
            await collect(iter_runners(ece, page_size=10))

    assert [body["from"] for body in server.bodies] == [0, 10]


async def test_a_walk_stops_at_the_reported_total_without_asking_again(servers: LocalServers) -> None:
    # Ten ids in all, each time under a fresh cursor: the total says the first page was everything.
    server = SearchServer(list(range(10)), page=the_first_ten_shuffled)

    async with await server.start(servers) as ece:
        found = await collect(iter_deployments(ece, page_size=10))

    assert len(found) == 10
    assert len(server.bodies) == 1


async def test_a_partial_repeat_advances_and_each_deployment_is_listed_once(servers: LocalServers) -> None:
    # Each page repeats the last id of the page before (a listing that moved meanwhile): no error,
    # no duplicate, and the walk ends at the total though ``received`` runs past it.
    def overlapping(server: SearchServer, body: dict[str, Any], size: int) -> list[int]:
        start = int(body["cursor"].removeprefix("after-")) if "cursor" in body else 0
        return server.ids[max(0, start - 1) : start + size - 1] if start else server.ids[:size]

    server = SearchServer(list(range(12)), page=overlapping)

    async with await server.start(servers) as ece:
        found = await collect(iter_deployments(ece, page_size=5))
        pages = await collect(iter_deployment_pages(ece, page_size=5))

    assert [d.id for d in found] == [f"d{n}" for n in range(12)]
    assert [len(page.deployments or []) for page in pages] == [5, 5, 3]  # pages stay as sent: d4 twice


async def test_offset_paging_learns_the_servers_cap_instead_of_dropping_the_rest(
    servers: LocalServers,
) -> None:
    # Allocator and runner overviews carry no total: 100 of 500 asked is a cap, not the end.
    server = SearchServer(list(range(250)), cap=100, total=False)

    async with await server.start(servers) as ece:
        found = await collect(iter_allocators(ece, page_size=500))

    assert sorted(a.allocator_id for a in found) == sorted(f"a{n}" for n in range(250))
    assert [(body["from"], body["size"]) for body in server.bodies] == [(0, 500), (100, 500), (200, 500)]


async def test_offset_paging_whose_pages_end_level_with_the_cap_ends_on_an_empty_page(
    servers: LocalServers,
) -> None:
    server = SearchServer(list(range(200)), cap=100, total=False)

    async with await server.start(servers) as ece:
        found = await collect(iter_runners(ece, page_size=500))

    assert len(found) == 200
    assert [body["from"] for body in server.bodies] == [0, 100, 200]


@pytest.mark.parametrize("total", [True, False], ids=["match_count", "no-total"])
async def test_capped_deployment_searches_are_followed_while_the_counts_say_more_exist(
    servers: LocalServers, total: bool
) -> None:
    # ECE caps a deployment search at 100 whatever ``size`` asks (the audit asks 500).
    server = SearchServer(list(range(250)), cap=100, total=total)

    async with await server.start(servers) as ece:
        pages = await collect(iter_deployment_pages(ece, page_size=500))

    assert [page.return_count for page in pages] == [100, 100, 50]
    assert [d.id for page in pages for d in page.deployments or []] == [f"d{n}" for n in range(250)]
    if total:
        assert {page.match_count for page in pages} == {250}
    assert [body.get("cursor") for body in server.bodies] == [None, "after-100", "after-200"]


async def test_deployment_pages_end_without_an_extra_empty_page(servers: LocalServers) -> None:
    server = SearchServer(list(range(12)))

    async with await server.start(servers) as ece:
        pages = await collect(iter_deployment_pages(ece, page_size=5))

    assert [len(page.deployments or []) for page in pages] == [5, 5, 2]
    assert len(server.bodies) == 3


async def test_a_server_that_never_sends_a_cursor_is_paged_by_from(servers: LocalServers) -> None:
    # An older ECE (3.5.2: its SearchRequest has no ``cursor``) caps pages at 100 and pages by ``from``.
    server = SearchServer(list(range(250)), cap=100)

    async def without_cursor(request: web.Request) -> web.Response:
        response = await server.deployments(request)
        payload = orjson.loads(response.body)  # type: ignore[arg-type]
        del payload["cursor"]
        return json_response(payload)

    base = await servers.start([("POST", "/deployments/_search", without_cursor)])
    async with ECEClient(base, api_key="key-1234") as ece:
        listed = await collect(iter_deployments(ece, page_size=500))

    assert [d.id for d in listed] == [f"d{n}" for n in range(250)]
    assert [body.get("from") for body in server.bodies] == [None, 100, 200]
    assert all("cursor" not in body for body in server.bodies)


async def test_a_cursorless_server_ignoring_from_is_named_as_such(servers: LocalServers) -> None:
    server = SearchServer(list(range(250)), cap=100, page=lambda srv, body, size: srv.ids[:size])

    async def without_cursor(request: web.Request) -> web.Response:
        payload = orjson.loads((await server.deployments(request)).body)  # type: ignore[arg-type]
        del payload["cursor"]
        return json_response(payload)

    base = await servers.start([("POST", "/deployments/_search", without_cursor)])
    async with ECEClient(base, api_key="key-1234") as ece:
        with pytest.raises(PaginationError, match="ignoring from=100"):
            await collect(iter_deployments(ece, page_size=500))


async def test_a_cursor_that_stops_short_of_the_total_raises_rather_than_dropping_the_rest(
    servers: LocalServers,
) -> None:
    # It paged by cursor, then a page came without one: ``from`` would not resume a cursor walk.
    server = SearchServer(list(range(250)), cap=100)

    async def cursor_then_none(request: web.Request) -> web.Response:
        response = await server.deployments(request)
        payload = orjson.loads(response.body)  # type: ignore[arg-type]
        if len(server.bodies) > 1:
            del payload["cursor"]
        return json_response(payload)

    base = await servers.start([("POST", "/deployments/_search", cursor_then_none)])
    async with ECEClient(base, api_key="key-1234") as ece:
        with pytest.raises(PaginationError, match="reports 250 matches but sent no cursor after 200"):
            await collect(iter_deployments(ece, page_size=500))


async def test_a_total_of_ten_thousand_is_a_lower_bound_not_the_end(servers: LocalServers) -> None:
    # Elasticsearch stops counting hits at 10,000 by default: a fleet past it reports exactly that.
    server = SearchServer(list(range(10_050)), cap=1000)

    async def counted_up_to_ten_thousand(request: web.Request) -> web.Response:
        payload = orjson.loads((await server.deployments(request)).body)  # type: ignore[arg-type]
        payload["match_count"] = 10_000
        return json_response(payload)

    base = await servers.start([("POST", "/deployments/_search", counted_up_to_ten_thousand)])
    async with ECEClient(base, api_key="key-1234") as ece:
        pages = await collect(iter_deployment_pages(ece, page_size=1000))

    assert sum(len(page.deployments or []) for page in pages) == 10_050
    assert len(server.bodies) == 11


@pytest.mark.parametrize("operation", ["search-deployments", "search-runners"])
async def test_an_empty_first_page_is_the_end(operation: str) -> None:
    transport = ScriptedTransport(operation, [{"deployments": [], "runners": [], "cursor": "c1"}])
    walk = iter_deployments if operation == "search-deployments" else iter_runners

    assert await collect(walk(api(transport), page_size=5)) == []
    assert len(transport.requests) == 1


async def test_items_without_an_id_count_towards_the_total() -> None:
    pages = [{"runners": [{"host": f"h{n}"} for n in chunk], "total": 4} for chunk in (range(2), range(2, 4))]
    transport = ScriptedTransport("search-runners", pages)

    assert len(await collect(iter_runners(api(transport), page_size=2))) == 4
    assert len(transport.requests) == 2


async def test_minimal_hits_are_told_apart_by_their_id() -> None:
    # Pages of five that overlap by three (a listing shifting underneath): the total counts distinct ids.
    def page(start: int, cursor: str) -> dict[str, Any]:
        hits = [{"id": f"d{n}"} for n in range(start, min(start + 5, 12))]
        return {
            "return_count": len(hits),
            "match_count": 12,
            "deployments": [],
            "minimal_metadata": hits,
            "cursor": cursor,
        }

    transport = ScriptedTransport("search-deployments", [page(s, f"c{s}") for s in (0, 2, 4, 6, 8)])

    pages = await collect(iter_deployment_pages(api(transport), page_size=5, minimal_metadata="id"))

    ids = {hit.additional_properties["id"] for p in pages for hit in p.minimal_metadata or []}
    assert ids == {f"d{n}" for n in range(12)}
    assert len(transport.requests) == 5


async def test_undecoded_pages_follow_the_same_rule(servers: LocalServers) -> None:
    # The fleet audit reads the JSON as sent (no models): capped pages followed, a repeat refused.
    capped = SearchServer(list(range(250)), cap=100)
    shuffled = SearchServer(list(range(1000)), page=the_first_ten_shuffled)

    async with await capped.start(servers) as ece:
        pages = await collect(iter_deployment_pages(ece, page_size=500, decode=False))
    async with await shuffled.start(servers) as ece:
        with pytest.raises(PaginationError, match="same page as before"):
            await collect(iter_deployment_pages(ece, page_size=10, decode=False))

    assert all(type(page) is dict for page in pages)
    assert [page["match_count"] for page in pages] == [250, 250, 250]
    assert [d["id"] for page in pages for d in page["deployments"]] == [f"d{n}" for n in range(250)]
    assert len(shuffled.bodies) == 2


def at_least_25(server: SearchServer, body: dict[str, Any], size: int) -> list[int]:
    """A server with a page size of its own, larger than asked for (``size`` ignored, cursor honoured)."""
    return server.slice(body, 25)


async def test_cursor_pages_larger_than_asked_for_are_followed_to_the_end(servers: LocalServers) -> None:
    # Only offset paging may read an oversize page as "everything": a cursor says where the rest is.
    server = SearchServer(list(range(60)), total=False, page=at_least_25)

    async with await server.start(servers) as ece:
        found = await collect(iter_deployments(ece, page_size=10))

    assert [d.id for d in found] == [f"d{n}" for n in range(60)]
    assert len(server.bodies) == 3


async def test_an_empty_id_is_no_id() -> None:
    # Two runners whose ids are empty strings are two runners, not one listed twice.
    page = {"runners": [{"runner_id": "", "public_hostname": host} for host in ("h1", "h2")]}
    transport = ScriptedTransport("search-runners", [page, {"runners": []}])

    found = await collect(iter_runners(api(transport), page_size=5))

    assert [runner.public_hostname for runner in found] == ["h1", "h2"]


def _cursorless_first(server: SearchServer, minimal: bool = False) -> Callable[[web.Request], Any]:
    """``server``'s deployments search, its first page without a cursor (later ones with), hits
    under ``minimal_metadata`` (ids only) when ``minimal``."""

    async def search(request: web.Request) -> web.Response:
        payload = orjson.loads((await server.deployments(request)).body)  # type: ignore[arg-type]
        if len(server.bodies) == 1:
            del payload["cursor"]
        if minimal:
            payload["minimal_metadata"] = [{"id": d["id"]} for d in payload.pop("deployments")]
        return json_response(payload)

    return search


@pytest.mark.parametrize("decode", [True, False], ids=["models", "json"])
@pytest.mark.parametrize("minimal", [False, True], ids=["hits", "minimal hits"])
async def test_a_walk_begun_by_from_stays_by_from_whatever_later_pages_send(
    servers: LocalServers, decode: bool, minimal: bool
) -> None:
    """No cursor on the first page: ``from`` from then on (a later cursor is not followed),
    with minimal hits and undecoded pages too, each deployment once."""
    server = SearchServer(list(range(250)), cap=100)
    base = await servers.start([("POST", "/deployments/_search", _cursorless_first(server, minimal))])
    async with ECEClient(base, api_key="key-1234") as ece:
        pages = await collect(
            iter_deployment_pages(
                ece,
                page_size=500,
                minimal_metadata="id" if minimal else None,
                decode=decode,  # type: ignore[call-overload]
            )
        )
    key = "minimal_metadata" if minimal else "deployments"
    hits = [hit for page in pages for hit in ((page if not decode else page.to_dict()).get(key) or [])]
    assert [hit["id"] for hit in hits] == [f"d{n}" for n in range(250)]
    assert [body.get("from") for body in server.bodies] == [None, 100, 200]
    assert all("cursor" not in body for body in server.bodies)
