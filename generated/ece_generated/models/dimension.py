"""Dimension: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .dimension_type import DimensionType


@_define
class Dimension(Model):
    """Billing dimension

    Attributes:
        type_: The type of the billing dimension
        cost: The cost of the billing dimension
        additional_properties: Keys the spec does not list, kept as received.
    """

    type_: DimensionType
    cost: float
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("type_", "type", ("enum", "DimensionType")),
        ("cost", "cost", None),
    )
    __ece_extra__ = None
