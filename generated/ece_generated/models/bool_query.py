"""BoolQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .query_container import QueryContainer


@_define
class BoolQuery(Model):
    """A query for documents that match boolean combinations of other queries.

    Attributes:
        must:
        should:
        must_not:
        filter_:
        minimum_should_match: The minimum number of optional should clauses to match.
        additional_properties: Keys the spec does not list, kept as received.
    """

    must: list[QueryContainer] | Unset | None = UNSET
    should: list[QueryContainer] | Unset | None = UNSET
    must_not: list[QueryContainer] | Unset | None = UNSET
    filter_: list[QueryContainer] | Unset | None = UNSET
    minimum_should_match: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("must", "must", ("list", "QueryContainer")),
        ("should", "should", ("list", "QueryContainer")),
        ("must_not", "must_not", ("list", "QueryContainer")),
        ("filter_", "filter", ("list", "QueryContainer")),
        ("minimum_should_match", "minimum_should_match", None),
    )
    __ece_extra__ = None
