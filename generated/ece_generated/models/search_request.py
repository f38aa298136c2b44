"""SearchRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .query_container import QueryContainer
    from .search_request_sort_item import SearchRequestSortItem


@_define
class SearchRequest(Model):
    """An Elasticsearch search request with a subset of options.

    Attributes:
        from_: Deprecated, use cursor for a more scalable approach to paging.
        cursor: To retrieve the next page of hits, set this to the cursor value of the previous response. When
            set, all other fields are ignored.
        size: The maximum number of search results to return.
        query: The container for all of the allowed Elasticsearch queries. Specify only one property each time.
        sort: An array of fields to sort the search results by. Defaults to query rank and last modified date
            descending.
        additional_properties: Keys the spec does not list, kept as received.
    """

    from_: int | Unset = UNSET
    cursor: str | Unset = UNSET
    size: int | Unset = UNSET
    query: QueryContainer | Unset | None = UNSET
    sort: list[SearchRequestSortItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("from_", "from", None),
        ("cursor", "cursor", None),
        ("size", "size", None),
        ("query", "query", "QueryContainer"),
        ("sort", "sort", ("list", "SearchRequestSortItem")),
    )
    __ece_extra__ = None
