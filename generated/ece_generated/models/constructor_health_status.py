"""ConstructorHealthStatus: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ConstructorHealthStatus(Model):
    """The health status of the constructor.

    Attributes:
        connected: Whether the constructor is connected
        maintenance_mode: Whether the constructor is in maintenance mode
        additional_properties: Keys the spec does not list, kept as received.
    """

    connected: bool
    maintenance_mode: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("connected", "connected", None),
        ("maintenance_mode", "maintenance_mode", None),
    )
    __ece_extra__ = None
