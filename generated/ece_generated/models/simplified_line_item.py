"""SimplifiedLineItem: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class SimplifiedLineItem(Model):
    """Line Item

    Attributes:
        id: Line Item ID
        ecu_quantity: Original Elastic Consumption Unit (ECU) quantity
        ecu_balance: Elastic Consumption Unit (ECU) Balance
        start: Start of the line item's validity
        end: Expiration of the line item
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    ecu_quantity: float
    ecu_balance: float
    start: str
    end: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("ecu_quantity", "ecu_quantity", None),
        ("ecu_balance", "ecu_balance", None),
        ("start", "start", None),
        ("end", "end", None),
    )
    __ece_extra__ = None
