"""ChartItem: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .chart_item_value import ChartItemValue


@_define
class ChartItem(Model):
    """Chart Item

    Attributes:
        timestamp: Axis X position
        values: the collection of values to plot the chart item
        additional_properties: Keys the spec does not list, kept as received.
    """

    timestamp: int
    values: list[ChartItemValue]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("timestamp", "timestamp", None),
        ("values", "values", ("list", "ChartItemValue")),
    )
    __ece_extra__ = None
