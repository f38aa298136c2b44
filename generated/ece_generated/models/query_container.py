"""QueryContainer: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .bool_query import BoolQuery
    from .exists_query import ExistsQuery
    from .match_all_query import MatchAllQuery
    from .match_none_query import MatchNoneQuery
    from .nested_query import NestedQuery
    from .query_container_match import QueryContainerMatch
    from .query_container_prefix import QueryContainerPrefix
    from .query_container_range import QueryContainerRange
    from .query_container_term import QueryContainerTerm
    from .query_string_query import QueryStringQuery
    from .simple_query_string_query import SimpleQueryStringQuery


@_define
class QueryContainer(Model):
    """The container for all of the allowed Elasticsearch queries. Specify only one property each time.

    Attributes:
        match:
        match_all: A query that matches all documents.
        match_none: A query that doesn't match any documents.
        term:
        bool_: A query for documents that match boolean combinations of other queries.
        query_string: A query that uses the strict query string syntax for parsing. Will return an error for invalid
            syntax.
        nested: A query that matches nested objects.
        prefix:
        exists: Matches documents that have at least one non-`null` value in the original field.
        range_:
        simple_query_string: A query that uses simple query string syntax. Will ignore invalid syntax.
        additional_properties: Keys the spec does not list, kept as received.
    """

    match: QueryContainerMatch | Unset | None = UNSET
    match_all: MatchAllQuery | Unset | None = UNSET
    match_none: MatchNoneQuery | Unset | None = UNSET
    term: QueryContainerTerm | Unset | None = UNSET
    bool_: BoolQuery | Unset | None = UNSET
    query_string: QueryStringQuery | Unset | None = UNSET
    nested: NestedQuery | Unset | None = UNSET
    prefix: QueryContainerPrefix | Unset | None = UNSET
    exists: ExistsQuery | Unset | None = UNSET
    range_: QueryContainerRange | Unset | None = UNSET
    simple_query_string: SimpleQueryStringQuery | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("match", "match", "QueryContainerMatch"),
        ("match_all", "match_all", "MatchAllQuery"),
        ("match_none", "match_none", "MatchNoneQuery"),
        ("term", "term", "QueryContainerTerm"),
        ("bool_", "bool", "BoolQuery"),
        ("query_string", "query_string", "QueryStringQuery"),
        ("nested", "nested", "NestedQuery"),
        ("prefix", "prefix", "QueryContainerPrefix"),
        ("exists", "exists", "ExistsQuery"),
        ("range_", "range", "QueryContainerRange"),
        ("simple_query_string", "simple_query_string", "SimpleQueryStringQuery"),
    )
    __ece_extra__ = None
