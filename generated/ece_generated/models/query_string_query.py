"""QueryStringQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class QueryStringQuery(Model):
    """A query that uses the strict query string syntax for parsing. Will return an error for invalid
    syntax.

    Attributes:
        query: The actual query to be parsed.
        default_field: The default field for query terms if no prefix field is specified.
        analyzer: The analyzer used to analyze each term of the query when creating composite queries.
        default_operator: The default operator used if no explicit operator is specified.
        allow_leading_wildcard: When set, * or ? are allowed as the first character. Defaults to false.
        additional_properties: Keys the spec does not list, kept as received.
    """

    query: str
    default_field: str | Unset = UNSET
    analyzer: str | Unset = UNSET
    default_operator: str | Unset = UNSET
    allow_leading_wildcard: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("query", "query", None),
        ("default_field", "default_field", None),
        ("analyzer", "analyzer", None),
        ("default_operator", "default_operator", None),
        ("allow_leading_wildcard", "allow_leading_wildcard", None),
    )
    __ece_extra__ = None
