"""ChartItems: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .chart_item import ChartItem


@_define
class ChartItems(Model):
    """A collection of ChartItems

    Attributes:
        data: The list of chart item
        additional_properties: Keys the spec does not list, kept as received.
    """

    data: list[ChartItem]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("data", "data", ("list", "ChartItem")),)
    __ece_extra__ = None
