"""Balance: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .simplified_line_item import SimplifiedLineItem


@_define
class Balance(Model):
    """The available balance for an organization

    Attributes:
        available: Available balance
        remaining: Remaining balance
        line_items: A collection of order line items for for an organization
        additional_properties: Keys the spec does not list, kept as received.
    """

    available: float
    remaining: float
    line_items: list[SimplifiedLineItem]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("available", "available", None),
        ("remaining", "remaining", None),
        ("line_items", "line_items", ("list", "SimplifiedLineItem")),
    )
    __ece_extra__ = None
