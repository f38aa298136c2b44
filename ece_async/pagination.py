"""Walk every page of the ECE search endpoints without hand-written loops.

ECE pages deployments with an opaque ``cursor`` (``from`` is deprecated there and
limited by the Elasticsearch result window), while allocators and runners
answer a :class:`SearchRequest` without any cursor, so they can only be paged
with ``from``/``size``.  One walker serves both styles and applies one rule; the
per-endpoint knowledge is a small :class:`_Endpoint` record.

The rule (the fleet audit pages with these functions too, so it is the project's only one):

* items are told apart by their id (``id``, ``allocator_id``, ``runner_id``);
  a page of items all listed before, in whatever order and under whatever
  cursor or ``from``, means the server is not advancing: it raises
  :class:`PaginationError` (so does a cursor it already returned).  Items
  without an id count as a repeat only when a page holds the same ones as an
  earlier page.  ``iter_deployments`` and the like yield each id once; the
  pages stay as the server sent them;
* when the page reports a total (``match_count``, or ``total``), the walk goes
  on until that many distinct items were listed, whatever the page sizes, and
  stops there without asking for another page; an empty page, or one without a
  cursor, short of the total raises :class:`PaginationError` (the rest would
  be lost), unless the server never sent a cursor at all: an older ECE (3.5)
  pages deployments only by ``from``, so the walk goes on that way.  A total
  of exactly 10,000 counts as none: it is where Elasticsearch stops counting
  by default, a lower bound;
* without a total, a page is the last when it is empty, comes without a cursor
  (cursor paging), is shorter than the page before (servers cap ``size``: ECE
  at 100 for deployments, whatever was asked, so the cap is learned from what
  the server actually sent, and a first page shorter than ``page_size`` is not
  the end), or, in ``from``/``size`` paging, holds more than ``page_size``
  items (the server ignored ``size`` and sent everything).

Servers send ``null`` or omit fields the spec marks required; a missing or
``null`` item list counts as an empty page and a missing cursor as the end.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import attrs
import orjson

from ._generated import Model, send_json
from ._tolerant import at
from ._tolerant import items as _list
from .errors import PaginationError

if TYPE_CHECKING:
    from ._generated import ApiNamespaces
    from .models import (
        AllocatorInfo,
        AllocatorOverview,
        DeploymentSearchResponse,
        DeploymentsSearchResponse,
        QueryContainer,
        RunnerInfo,
        RunnerOverview,
        SearchRequest,
        SearchRequestSortItem,
    )

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "PaginationError",
    "iter_allocator_pages",
    "iter_allocators",
    "iter_deployment_pages",
    "iter_deployments",
    "iter_runner_pages",
    "iter_runners",
]

P = TypeVar("P")
T = TypeVar("T")

#: Matches the server's own default ``size`` for allocators.
DEFAULT_PAGE_SIZE = 100


@attrs.frozen
class _Endpoint(Generic[P, T]):
    """What the walker needs to know about one search endpoint."""

    operation_id: str
    search: Callable[[ApiNamespaces, SearchRequest], Awaitable[P]]
    items: Callable[[P], list[T]]
    #: ``None`` for endpoints without cursor support (offset paging).
    cursor: Callable[[P], str | None] | None
    #: The id of an item (``None`` when it has none), to tell new items from repeated ones.
    key: Callable[[T], str | None]


def _search_request(
    page_size: int,
    query: QueryContainer | None,
    sort: Sequence[SearchRequestSortItem] | None,
    offset: int | None = None,
) -> SearchRequest:
    from .models import SearchRequest

    request = SearchRequest(size=page_size)
    if query is not None:
        request.query = query
    if sort is not None:
        request.sort = list(sort)
    if offset is not None:
        request.from_ = offset
    return request


def _pages(
    api: ApiNamespaces,
    endpoint: _Endpoint[P, T],
    query: QueryContainer | None,
    sort: Sequence[SearchRequestSortItem] | None,
    page_size: int,
) -> AsyncIterator[tuple[P, list[T]]]:
    """Each page of ``endpoint`` with its new items; a bad ``page_size`` raises here, at the call."""
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, got {page_size}")
    return _walk(api, _Walk(endpoint, query, sort, page_size))


async def _walk(api: ApiNamespaces, walk: _Walk[P, T]) -> AsyncIterator[tuple[P, list[T]]]:
    request: SearchRequest | None = walk.first_request()
    while request is not None:
        page = await walk.endpoint.search(api, request)
        if not isinstance(page, (Model, dict)):  # an empty or non-object body: nothing (more) to list
            return
        items = walk.endpoint.items(page)
        yield page, walk.new_items(items)
        request = walk.next_request(page, len(items))


class _Walk(Generic[P, T]):
    """What one walk has listed so far, and the rule that says whether (and how) to ask for more."""

    def __init__(
        self,
        endpoint: _Endpoint[P, T],
        query: QueryContainer | None,
        sort: Sequence[SearchRequestSortItem] | None,
        page_size: int,
    ) -> None:
        self.endpoint = endpoint
        self._query = query
        self._sort = sort
        self._page_size = page_size
        self._ids: set[str] = set()
        self._anonymous = 0  # items without an id, counted as distinct
        self._anonymous_pages: set[bytes] = set()
        self._cursors: set[str] = set()
        self._by_offset = endpoint.cursor is None  # also once a cursor endpoint shows it never sends one
        self._received = 0  # items received, repeats included: the next ``from``
        self._previous = 0  # the size of the page before: the server's cap, as far as it showed it

    @property
    def _listed(self) -> int:
        """Distinct items listed so far: what a reported total is compared with."""
        return len(self._ids) + self._anonymous

    @property
    def _offset_paging(self) -> bool:
        return self._by_offset

    def first_request(self) -> SearchRequest:
        return _search_request(self._page_size, self._query, self._sort, 0 if self._offset_paging else None)

    def new_items(self, items: list[T]) -> list[T]:
        """The items not listed before (remembered now); a page of nothing new raises."""
        listed: list[T] = []
        anonymous: list[T] = []
        for item in items:
            key = self.endpoint.key(item)
            if key is None:
                anonymous.append(item)
            elif key in self._ids:
                continue
            else:
                self._ids.add(key)
            listed.append(item)
        known_only = len(listed) == len(anonymous)
        if items and known_only and not self._new_anonymous_page(anonymous):
            raise PaginationError(self._repeat_message(len(items)))
        self._anonymous += len(anonymous)
        return listed

    def _new_anonymous_page(self, anonymous: list[T]) -> bool:
        """Whether these id-less items (in any order) differ from those of every earlier page."""
        if not anonymous:
            return False
        digest = hashlib.blake2b(_content_bytes(anonymous), digest_size=16).digest()
        if digest in self._anonymous_pages:
            return False
        self._anonymous_pages.add(digest)
        return True

    def _repeat_message(self, count: int) -> str:
        where = "under a new cursor" if not self._offset_paging else f"ignoring from={self._received}"
        return (
            f"{self.endpoint.operation_id} returned the same page as before ({count} items, all listed "
            f"already) {where}: the server is not advancing; stopping"
        )

    def next_request(self, page: P, count: int) -> SearchRequest | None:
        """The request for the next page, or ``None`` when ``page`` (of ``count`` items) was the last."""
        more = self._more(page, count)
        self._received += count
        self._previous = count
        if not more:
            return None
        cursor_of = self.endpoint.cursor
        if cursor_of is None or self._offset_paging:
            return self._offset_request()
        return self._cursor_request(cursor_of(page), _total(page))

    def _offset_request(self) -> SearchRequest:
        return _search_request(self._page_size, self._query, self._sort, self._received)

    def _more(self, page: P, count: int) -> bool:
        total = _total(page)
        if total is not None:
            if count == 0 and self._listed < total:
                raise PaginationError(self._short_message(total, "sent an empty page"))
            return self._listed < total
        if count == 0:
            return False
        if self._offset_paging and count > self._page_size:
            return False  # the server ignored ``size`` and sent everything
        return count >= self._previous  # shorter than the page before: the server has no more

    def _cursor_request(self, cursor: str | None, total: int | None) -> SearchRequest | None:
        from .models import SearchRequest

        if not cursor:
            if total is None:
                return None
            if self._cursors:  # it paged by cursor, then stopped short
                raise PaginationError(self._short_message(total, "sent no cursor"))
            self._by_offset = True  # it never sent one: an ECE that pages by ``from`` only
            return self._offset_request()
        if cursor in self._cursors:
            raise PaginationError(f"{self.endpoint.operation_id} returned cursor {cursor!r} again; stopping")
        self._cursors.add(cursor)
        # The cursor carries the query and sort; the server ignores other fields next to it.
        return SearchRequest(cursor=cursor, size=self._page_size)

    def _short_message(self, total: int, what: str) -> str:
        return (
            f"{self.endpoint.operation_id} reports {total} matches but {what} after {self._listed}; "
            "the rest cannot be listed"
        )


def _content_bytes(items: list[Any]) -> bytes:
    """Id-less items as bytes, in an order of their own (a reordered page is the same page)."""
    return b"\n".join(
        sorted(orjson.dumps(_content(item), option=orjson.OPT_SORT_KEYS, default=repr) for item in items)
    )


def _content(item: object) -> Any:
    if isinstance(item, Model):
        return item.to_dict()
    return item if isinstance(item, dict) else repr(item)


#: Elasticsearch (behind ECE's searches) counts hits exactly only up to this many by default
#: (``track_total_hits``): a total of exactly 10,000 may be a lower bound, so it cannot end a walk.
_COUNTED_UP_TO = 10_000


def _total(page: object) -> int | None:
    """The number of matches the page reports (the spec's ``match_count``, or an extra field)."""
    for name in ("match_count", "total"):
        value = at(page, name)
        if value is None:  # a model keeps fields the spec lacks as extras
            value = at(page, "additional_properties", name)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return None if value == _COUNTED_UP_TO else value
    return None


async def _only_pages(walk: AsyncIterator[tuple[P, list[T]]]) -> AsyncIterator[P]:
    async for page, _ in walk:
        yield page


async def _only_items(walk: AsyncIterator[tuple[P, list[T]]]) -> AsyncIterator[T]:
    async for _, items in walk:
        for item in items:
            yield item


# --- deployments: cursor paging ------------------------------------------------------------------


def _deployment_items(page: Any) -> list[Any]:
    # With ``minimal_metadata`` the hits move from ``deployments`` to ``minimal_metadata``.
    return _list(at(page, "deployments")) or _list(at(page, "minimal_metadata"))


def _deployment_cursor(page: Any) -> str | None:
    cursor = at(page, "cursor")
    return cursor if isinstance(cursor, str) else None


def _deployments_endpoint(minimal_metadata: str | None, decode: bool) -> _Endpoint[Any, Any]:
    """``search-deployments``, its pages as models or (``decode`` false) as the JSON sent."""

    async def search(api: ApiNamespaces, body: SearchRequest) -> Any:
        if not decode:
            return await send_json(api, "search-deployments", body=body, minimal_metadata=minimal_metadata)
        return await api.deployments.search_deployments(body=body, minimal_metadata=minimal_metadata)

    return _Endpoint("search-deployments", search, _deployment_items, _deployment_cursor, _key_by("id"))


@overload
def iter_deployment_pages(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
    minimal_metadata: str | None = None,
    decode: Literal[True] = True,
) -> AsyncIterator[DeploymentsSearchResponse]: ...


@overload
def iter_deployment_pages(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
    minimal_metadata: str | None = None,
    decode: Literal[False],
) -> AsyncIterator[dict[str, Any]]: ...


def iter_deployment_pages(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
    minimal_metadata: str | None = None,
    decode: bool = True,
) -> AsyncIterator[Any]:
    """Every page of ``search-deployments``, following ``cursor`` by the module's rule.

    Pages are as the server sent them: each keeps its ``match_count`` (the walk
    goes on until that many deployments were listed, however the server capped
    ``size``) and, with ``minimal_metadata``, the slim hits that
    :func:`iter_deployments` cannot return.  Sort on a static unique field (such
    as the deployment id) so concurrent updates cannot move a deployment across pages.
    ``decode=False`` yields each page as the JSON object sent, under the same
    rule, for callers that read a few fields of thousands of hits (the fleet
    audit), where building models would cost more CPU than their own work.
    """
    endpoint = _deployments_endpoint(minimal_metadata, decode)
    return _only_pages(_pages(api, endpoint, query, sort, page_size))


def iter_deployments(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[DeploymentSearchResponse]:
    """Every deployment matching ``query`` (all of them by default), one page request at a time."""
    return _only_items(_pages(api, _deployments_endpoint(None, decode=True), query, sort, page_size))


# --- allocators and runners: offset paging (their responses carry no cursor) ---------------------


def _allocator_items(page: AllocatorOverview) -> list[AllocatorInfo]:
    # A page groups its hits by zone; ``size``/``from`` are taken to count allocators (the hits).
    zones = _list(getattr(page, "zones", None))
    return [allocator for zone in zones for allocator in _list(getattr(zone, "allocators", None))]


def _runner_items(page: RunnerOverview) -> list[RunnerInfo]:
    return _list(getattr(page, "runners", None))


def _key_by(field: str) -> Callable[[Any], str | None]:
    def key(item: Any) -> str | None:
        value = at(item, field)
        if value is None:  # a minimal-metadata hit keeps its fields as extras
            value = at(item, "additional_properties", field)
        return value if isinstance(value, str) and value else None

    return key


async def _search_allocators(api: ApiNamespaces, body: SearchRequest) -> AllocatorOverview:
    return await api.platform_infrastructure.search_allocators(body=body)


async def _search_runners(api: ApiNamespaces, body: SearchRequest) -> RunnerOverview:
    return await api.platform_infrastructure.search_runners(body=body)


_ALLOCATORS: _Endpoint[AllocatorOverview, AllocatorInfo] = _Endpoint(
    "search-allocators", _search_allocators, _allocator_items, None, _key_by("allocator_id")
)
_RUNNERS: _Endpoint[RunnerOverview, RunnerInfo] = _Endpoint(
    "search-runners", _search_runners, _runner_items, None, _key_by("runner_id")
)


def iter_allocator_pages(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[AllocatorOverview]:
    """Every page of ``search-allocators`` (``from``/``size``; each page groups its allocators by zone)."""
    return _only_pages(_pages(api, _ALLOCATORS, query, sort, page_size))


def iter_allocators(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[AllocatorInfo]:
    """Every allocator matching ``query``, across zones (each carries its ``zone_id``)."""
    return _only_items(_pages(api, _ALLOCATORS, query, sort, page_size))


def iter_runner_pages(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[RunnerOverview]:
    """Every page of ``search-runners`` (``from``/``size``)."""
    return _only_pages(_pages(api, _RUNNERS, query, sort, page_size))


def iter_runners(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[RunnerInfo]:
    """Every runner matching ``query``."""
    return _only_items(_pages(api, _RUNNERS, query, sort, page_size))
