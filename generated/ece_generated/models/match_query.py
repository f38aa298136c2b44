"""MatchQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class MatchQuery(Model):
    """Consumes and analyzes text, numbers, and dates, then constructs a query.

    Attributes:
        query: The text/numeric/date to query for.
        operator: The operator flag can be set to or or and to control the boolean clauses (defaults to or).
        minimum_should_match: The minimum number of optional should clauses to match.
        analyzer: The analyzer that will be used to perform the analysis process on the text. Defaults to the
            analyzer that was used to index the field.
        additional_properties: Keys the spec does not list, kept as received.
    """

    query: str
    operator: str | Unset = UNSET
    minimum_should_match: int | Unset = UNSET
    analyzer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("query", "query", None),
        ("operator", "operator", None),
        ("minimum_should_match", "minimum_should_match", None),
        ("analyzer", "analyzer", None),
    )
    __ece_extra__ = None
