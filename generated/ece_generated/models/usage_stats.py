"""UsageStats: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class UsageStats(Model):
    """Information about the current usage.

    Attributes:
        total_connected_memory_total: The total amount of memory available to your system
        additional_properties: Keys the spec does not list, kept as received.
    """

    total_connected_memory_total: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("total_connected_memory_total", "total_connected_memory_total", None),)
    __ece_extra__ = None
