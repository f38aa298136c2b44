"""RunnerHealthChecks: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class RunnerHealthChecks(Model):
    """The checks performed to determine if an runner is healthy or not.

    Attributes:
        is_docker_healthy: Check performed by the runner to figure out if docker is healthy
        is_connected_to_zk: Whether the runner is connected to zk or not
        has_containers: Whether the runner has containers that it manages
        additional_properties: Keys the spec does not list, kept as received.
    """

    is_docker_healthy: bool
    is_connected_to_zk: bool
    has_containers: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("is_docker_healthy", "is_docker_healthy", None),
        ("is_connected_to_zk", "is_connected_to_zk", None),
        ("has_containers", "has_containers", None),
    )
    __ece_extra__ = None
