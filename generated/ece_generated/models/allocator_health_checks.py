"""AllocatorHealthChecks: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class AllocatorHealthChecks(Model):
    """The checks performed to determine if an allocator is healthy or not.

    Attributes:
        is_docker_healthy: Check performed by the allocator to figure out if docker is healthy
        is_connected_to_zk: Whether the allocator is connected to zk or not
        has_instances: Whether the allocator has allocated instances
        additional_properties: Keys the spec does not list, kept as received.
    """

    is_docker_healthy: bool
    is_connected_to_zk: bool
    has_instances: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("is_docker_healthy", "is_docker_healthy", None),
        ("is_connected_to_zk", "is_connected_to_zk", None),
        ("has_instances", "has_instances", None),
    )
    __ece_extra__ = None
