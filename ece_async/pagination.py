"""Walk every page of the ECE search endpoints without hand-written loops.

ECE pages deployments with an opaque ``cursor`` (``from`` is deprecated there and
limited by the Elasticsearch result window), while allocators and runners
answer a :class:`SearchRequest` without any cursor, so they can only be paged
with ``from``/``size``.  One generic walker serves both styles; the per-endpoint
knowledge is a small :class:`_Endpoint` record.

End of the walk:

* cursor paging stops after a page that is empty or comes without a cursor (a
  short page is not the end: servers cap ``size``, 100 for deployments);
* offset paging asks for the next page from the count of items received so
  far, until a page does not hold exactly ``page_size`` items (fewer: the end;
  more: the server ignored ``size`` and sent it all) -- unless the page reports
  a total (``match_count`` or ``total``) beyond what was received: a server
  capping its pages is followed to that total, and an empty page short of it
  raises :class:`PaginationError` (the rest would be lost);
* a server that does not advance (a cursor it already returned, or a page
  holding the same items as any earlier one, whatever cursor came with it)
  raises :class:`PaginationError` rather than looping forever or silently
  dropping the rest of the listing.  Pages are remembered as 16-byte digests.

Servers send ``null`` or omit fields the spec marks required; a missing or
``null`` item list counts as an empty page and a missing cursor as the end.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import orjson

from ._generated import UNSET, Model
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
    #: Identity of an item, to tell a repeated offset page from a new one.
    key: Callable[[T], object]


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
) -> AsyncIterator[P]:
    """The pages of ``endpoint``; a bad ``page_size`` raises here, at the call, not on iteration."""
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, got {page_size}")
    if endpoint.cursor is None:
        return _offset_pages(api, endpoint, query, sort, page_size)
    return _cursor_pages(api, endpoint, endpoint.cursor, _search_request(page_size, query, sort), page_size)


async def _cursor_pages(
    api: ApiNamespaces,
    endpoint: _Endpoint[P, T],
    next_cursor: Callable[[P], str | None],
    request: SearchRequest,
    page_size: int,
) -> AsyncIterator[P]:
    from .models import SearchRequest

    sent: set[str] = set()
    seen = _SeenPages()
    while True:
        page = await endpoint.search(api, request)
        if not isinstance(page, Model):  # an empty or non-object body: nothing (more) to list
            return
        items = endpoint.items(page)
        if seen.again([endpoint.key(item) for item in items]):
            raise PaginationError(
                f"{endpoint.operation_id} returned the same page as before under a new cursor; stopping"
            )
        yield page
        cursor = next_cursor(page)
        if not items or not cursor:
            return
        if cursor in sent:
            raise PaginationError(f"{endpoint.operation_id} returned cursor {cursor!r} again; stopping")
        sent.add(cursor)
        # The cursor carries the query and sort; the server ignores other fields next to it.
        request = SearchRequest(cursor=cursor, size=page_size)


async def _offset_pages(
    api: ApiNamespaces,
    endpoint: _Endpoint[P, T],
    query: QueryContainer | None,
    sort: Sequence[SearchRequestSortItem] | None,
    page_size: int,
) -> AsyncIterator[P]:
    offset = 0
    seen = _SeenPages()
    while True:
        page = await endpoint.search(api, _search_request(page_size, query, sort, offset))
        if not isinstance(page, Model):
            return
        items = endpoint.items(page)
        if seen.again([endpoint.key(item) for item in items]):
            raise PaginationError(
                f"{endpoint.operation_id} ignored from={offset} and repeated an earlier page"
            )
        yield page
        offset += len(items)
        total = _total(page)
        if total is not None and offset < total:
            if not items:
                raise PaginationError(
                    f"{endpoint.operation_id} reports {total} matches but sent an empty page at "
                    f"from={offset}; the rest cannot be listed"
                )
            continue  # a page capped by the server: its total says more follow
        if len(items) != page_size:
            return


class _SeenPages:
    """Digests of the non-empty pages received, to spot a server cycling through earlier pages."""

    __slots__ = ("_digests",)

    def __init__(self) -> None:
        self._digests: set[bytes] = set()

    def again(self, keys: list[object]) -> bool:
        """Whether a page of these item keys came before (and remember it); empty pages never repeat."""
        if not keys:
            return False
        digest = hashlib.blake2b(_key_bytes(keys), digest_size=16).digest()
        if digest in self._digests:
            return True
        self._digests.add(digest)
        return False


def _key_bytes(keys: list[object]) -> bytes:
    """The item keys as bytes: ids as such, an item without an id as its whole content."""
    return orjson.dumps(
        [key if isinstance(key, str) else _content(key) for key in keys],
        option=orjson.OPT_SORT_KEYS,
        default=repr,
    )


def _content(item: object) -> Any:
    return item.to_dict() if isinstance(item, Model) else repr(item)


def _total(page: Model) -> int | None:
    """The number of matches the page reports (the spec's ``match_count``, or an extra field)."""
    extra = getattr(page, "additional_properties", None)
    for name in ("match_count", "total"):
        value = getattr(page, name, UNSET)
        if value is UNSET and isinstance(extra, dict):
            value = extra.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    return None


async def _flatten(pages: AsyncIterator[P], items: Callable[[P], list[T]]) -> AsyncIterator[T]:
    async for page in pages:
        for item in items(page):
            yield item


# --- deployments: cursor paging ------------------------------------------------------------------


def _deployment_items(page: DeploymentsSearchResponse) -> list[DeploymentSearchResponse]:
    # A required field the server left out (or nulled) raises MissingFieldError: read with a default.
    return _list(getattr(page, "deployments", None))


def _deployment_cursor(page: DeploymentsSearchResponse) -> str | None:
    return page.cursor if isinstance(page.cursor, str) else None


def _deployments_endpoint(minimal_metadata: str | None) -> _Endpoint[DeploymentsSearchResponse, Any]:
    async def search(api: ApiNamespaces, body: SearchRequest) -> DeploymentsSearchResponse:
        return await api.deployments.search_deployments(body=body, minimal_metadata=minimal_metadata)

    def items(page: DeploymentsSearchResponse) -> list[Any]:
        # With ``minimal_metadata`` the hits move from ``deployments`` to ``minimal_metadata``.
        return _list(getattr(page, "deployments", None)) or _list(page.minimal_metadata)

    return _Endpoint("search-deployments", search, items, _deployment_cursor, _key_by("id"))


def iter_deployment_pages(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
    minimal_metadata: str | None = None,
) -> AsyncIterator[DeploymentsSearchResponse]:
    """Every page of ``search-deployments``, following ``cursor``.

    Pages keep ``match_count`` and, with ``minimal_metadata``, the slim hits that
    :func:`iter_deployments` cannot return.  Sort on a static unique field (such
    as the deployment id) so concurrent updates cannot move a deployment across pages.
    """
    return _pages(api, _deployments_endpoint(minimal_metadata), query, sort, page_size)


def iter_deployments(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[DeploymentSearchResponse]:
    """Every deployment matching ``query`` (all of them by default), one page request at a time."""
    return _flatten(_pages(api, _deployments_endpoint(None), query, sort, page_size), _deployment_items)


# --- allocators and runners: offset paging (their responses carry no cursor) ---------------------


def _allocator_items(page: AllocatorOverview) -> list[AllocatorInfo]:
    # A page groups its hits by zone; ``size``/``from`` are taken to count allocators (the hits).
    zones = _list(getattr(page, "zones", None))
    return [allocator for zone in zones for allocator in _list(getattr(zone, "allocators", None))]


def _runner_items(page: RunnerOverview) -> list[RunnerInfo]:
    return _list(getattr(page, "runners", None))


def _key_by(field: str) -> Callable[[Any], object]:
    def key(item: Any) -> object:
        value = getattr(item, field, None)
        return value if isinstance(value, str) else item

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
    return _pages(api, _ALLOCATORS, query, sort, page_size)


def iter_allocators(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[AllocatorInfo]:
    """Every allocator matching ``query``, across zones (each carries its ``zone_id``)."""
    return _flatten(_pages(api, _ALLOCATORS, query, sort, page_size), _allocator_items)


def iter_runner_pages(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[RunnerOverview]:
    """Every page of ``search-runners`` (``from``/``size``)."""
    return _pages(api, _RUNNERS, query, sort, page_size)


def iter_runners(
    api: ApiNamespaces,
    query: QueryContainer | None = None,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    sort: Sequence[SearchRequestSortItem] | None = None,
) -> AsyncIterator[RunnerInfo]:
    """Every runner matching ``query``."""
    return _flatten(_pages(api, _RUNNERS, query, sort, page_size), _runner_items)
