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

    match: QueryContainerMatch | None | Unset = UNSET
    match_all: MatchAllQuery | None | Unset = UNSET
    match_none: MatchNoneQuery | None | Unset = UNSET
    term: QueryContainerTerm | None | Unset = UNSET
    bool_: BoolQuery | None | Unset = UNSET
    query_string: QueryStringQuery | None | Unset = UNSET
    nested: NestedQuery | None | Unset = UNSET
    prefix: QueryContainerPrefix | None | Unset = UNSET
    exists: ExistsQuery | None | Unset = UNSET
    range_: QueryContainerRange | None | Unset = UNSET
    simple_query_string: SimpleQueryStringQuery | None | Unset = UNSET
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
