"""InstanceOverrides: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class InstanceOverrides(Model):
    """InstanceOverrides (no description in the spec).

    Attributes:
        capacity: Sets the memory capacity for the instances container. Requires a restart to take effect.
        storage_multiplier: Overrides the disk quota multiplier for the instance
        additional_properties: Keys the spec does not list, kept as received.
    """

    capacity: int | Unset = UNSET
    storage_multiplier: float | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("capacity", "capacity", None),
        ("storage_multiplier", "storage_multiplier", None),
    )
    __ece_extra__ = None
