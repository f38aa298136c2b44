"""ChartItemValue: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ChartItemValue(Model):
    """A ChartItem value

    Attributes:
        id: The id of chart item value
        name: The name of the chart item value
        value: The actual value of the chart item value
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    value: float
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("value", "value", None),
    )
    __ece_extra__ = None
