"""AllocatorCapacity: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .allocator_capacity_memory import AllocatorCapacityMemory
    from .allocator_capacity_storage import AllocatorCapacityStorage


@_define
class AllocatorCapacity(Model):
    """The total and used capacity of the allocator.

    Attributes:
        memory: The available and used memory of the allocator.
        storage: The storage capacity of the allocator.
        available_cpus: Total number of CPUs available on this allocator
        additional_master_bonus: Additional bonus CPU shares available to Elasticsearch master instances
        additional_properties: Keys the spec does not list, kept as received.
    """

    memory: AllocatorCapacityMemory
    storage: AllocatorCapacityStorage
    available_cpus: int | Unset = UNSET
    additional_master_bonus: float | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("memory", "memory", "AllocatorCapacityMemory"),
        ("storage", "storage", "AllocatorCapacityStorage"),
        ("available_cpus", "available_cpus", None),
        ("additional_master_bonus", "additional_master_bonus", None),
    )
    __ece_extra__ = None
