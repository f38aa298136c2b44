"""ClusterInstanceMemoryInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ClusterInstanceMemoryInfo(Model):
    """Information about the specific instances memory capacity and its usage

    Attributes:
        instance_capacity: The memory capacity in MB of the instance
        instance_capacity_planned: The planned memory capacity in MB of the instance (only shown when an override is present)
        memory_pressure: The % memory pressure of Elasticsearch JVM heap space if available (60-75% consider increasing
            capacity, >75% can incur significant performance and stability issues)
        native_memory_pressure: The % memory pressure of the instance Docker container (if available)
        additional_properties: Keys the spec does not list, kept as received.
    """

    instance_capacity: int
    instance_capacity_planned: int | Unset = UNSET
    memory_pressure: int | Unset = UNSET
    native_memory_pressure: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("instance_capacity", "instance_capacity", None),
        ("instance_capacity_planned", "instance_capacity_planned", None),
        ("memory_pressure", "memory_pressure", None),
        ("native_memory_pressure", "native_memory_pressure", None),
    )
    __ece_extra__ = None
