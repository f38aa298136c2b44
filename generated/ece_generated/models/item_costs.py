"""ItemCosts: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .item_costs_kind import ItemCostsKind
    from .period import Period


@_define
class ItemCosts(Model):
    """Detailed costs associated to an Elastic Cloud Resource for an organization. All of the costs are
    expressed in Elastic Consumption Unit (ECU).

    Attributes:
        hours: Resource usage in hours
        instance_count: Number of instances
        period: Period
        kind: Kind of resource
        price: Resource price
        price_per_hour: Price per hour
        name: Resource name
        sku: Stock Keeping Unit (SKU)
        additional_properties: Keys the spec does not list, kept as received.
    """

    hours: int
    instance_count: int
    period: Period
    kind: ItemCostsKind
    price: float
    price_per_hour: float
    name: str
    sku: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("hours", "hours", None),
        ("instance_count", "instance_count", None),
        ("period", "period", "Period"),
        ("kind", "kind", ("enum", "ItemCostsKind")),
        ("price", "price", None),
        ("price_per_hour", "price_per_hour", None),
        ("name", "name", None),
        ("sku", "sku", None),
    )
    __ece_extra__ = None
