"""RangeQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .range_query_gt import RangeQueryGt
    from .range_query_gte import RangeQueryGte
    from .range_query_lt import RangeQueryLt
    from .range_query_lte import RangeQueryLte


@_define
class RangeQuery(Model):
    """The query that matches documents with fields that contain terms within a specified range.

    Attributes:
        gt: Greater-than
        gte: Greater-than or equal to
        lt: Less-than
        lte: Less-than or equal to.
        boost: An optional boost value to apply to the query.
        format_: Formatted dates will be parsed using the format specified on the date field by default, but it
            can be overridden by passing the format parameter.
        time_zone: Dates can be converted from another timezone to UTC either by specifying the time zone in the
            date value itself (if the format accepts it), or it can be specified as the time_zone parameter.
        additional_properties: Keys the spec does not list, kept as received.
    """

    gt: RangeQueryGt | Unset | None = UNSET
    gte: RangeQueryGte | Unset | None = UNSET
    lt: RangeQueryLt | Unset | None = UNSET
    lte: RangeQueryLte | Unset | None = UNSET
    boost: float | Unset = UNSET
    format_: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("gt", "gt", "RangeQueryGt"),
        ("gte", "gte", "RangeQueryGte"),
        ("lt", "lt", "RangeQueryLt"),
        ("lte", "lte", "RangeQueryLte"),
        ("boost", "boost", None),
        ("format_", "format", None),
        ("time_zone", "time_zone", None),
    )
    __ece_extra__ = None
