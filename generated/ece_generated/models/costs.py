"""Costs: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .dimension import Dimension


@_define
class Costs(Model):
    """Costs overview for an organization. All of the costs, credits, trials are expressed in Elastic
    Consumption Unit (ECU).

    Attributes:
        total: Total costs
        dimensions: A collection of billing details by dimension.
        additional_properties: Keys the spec does not list, kept as received.
    """

    total: float
    dimensions: list[Dimension]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("total", "total", None),
        ("dimensions", "dimensions", ("list", "Dimension")),
    )
    __ece_extra__ = None
