"""ConstructorInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .constructor_health_status import ConstructorHealthStatus


@_define
class ConstructorInfo(Model):
    """Information about the constructor.

    Attributes:
        status: The health status of the constructor.
        constructor_id: Identifier for this constructor
        additional_properties: Keys the spec does not list, kept as received.
    """

    status: ConstructorHealthStatus
    constructor_id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("status", "status", "ConstructorHealthStatus"),
        ("constructor_id", "constructor_id", None),
    )
    __ece_extra__ = None
