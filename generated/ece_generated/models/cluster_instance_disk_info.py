"""ClusterInstanceDiskInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ClusterInstanceDiskInfo(Model):
    """Information about the use and storage capacity of a Kibana instance or APM Server.

    Attributes:
        disk_space_used: The amount of disk space being used by the service in MB
        storage_multiplier: The storage multiplier originally defined to calculate disk space.
        disk_space_available: If known, the amount of total disk space available to the container in MB
        additional_properties: Keys the spec does not list, kept as received.
    """

    disk_space_used: int
    storage_multiplier: float
    disk_space_available: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("disk_space_used", "disk_space_used", None),
        ("storage_multiplier", "storage_multiplier", None),
        ("disk_space_available", "disk_space_available", None),
    )
    __ece_extra__ = None
