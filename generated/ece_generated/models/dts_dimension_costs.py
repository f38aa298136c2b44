"""DtsDimensionCosts: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .dts_quantity import DtsQuantity
    from .dts_rate import DtsRate


@_define
class DtsDimensionCosts(Model):
    """The costs associated to a Data Transfer and Storage (DTS) dimension for an organization. All of the
    costs, credits, and trials are expressed in Elastic Consumption Units (ECU).

    Attributes:
        cost: Costs associated to the Data Transfer and Storage (DTS) dimensions for an organization
        name: DTS dimension name
        quantity: DTS quantity
        rate: DTS Rate
        sku: DTS dimension Stock Keeping Unit (SKU)
        type_: Type of the DTS dimension usage
        additional_properties: Keys the spec does not list, kept as received.
    """

    cost: float
    name: str
    quantity: DtsQuantity
    rate: DtsRate
    sku: str
    type_: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cost", "cost", None),
        ("name", "name", None),
        ("quantity", "quantity", "DtsQuantity"),
        ("rate", "rate", "DtsRate"),
        ("sku", "sku", None),
        ("type_", "type", None),
    )
    __ece_extra__ = None
