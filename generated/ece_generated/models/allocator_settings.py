"""AllocatorSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class AllocatorSettings(Model):
    """The settings for the allocator.

    Attributes:
        capacity: A memory capacity (in MB) that overrides the capacity defined during installation - requires
            separate restart of Allocator services on each host to take full effect.
        additional_properties: Keys the spec does not list, kept as received.
    """

    capacity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("capacity", "capacity", None),)
    __ece_extra__ = None
