"""NestedQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .nested_query_score_mode import NestedQueryScoreMode
    from .query_container import QueryContainer


@_define
class NestedQuery(Model):
    """A query that matches nested objects.

    Attributes:
        query: The container for all of the allowed Elasticsearch queries. Specify only one property each time.
        path: The path to the nested object.
        score_mode: Allows to specify how inner children matching affects score of the parent. Refer to the
            Elasticsearch documentation for details.
        additional_properties: Keys the spec does not list, kept as received.
    """

    query: QueryContainer
    path: str
    score_mode: NestedQueryScoreMode | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("query", "query", "QueryContainer"),
        ("path", "path", None),
        ("score_mode", "score_mode", ("enum", "NestedQueryScoreMode")),
    )
    __ece_extra__ = None
