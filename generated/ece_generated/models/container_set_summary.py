"""ContainerSetSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ContainerSetSummary(Model):
    """Summarized information about a container set

    Attributes:
        container_set_id: The identifier for this container set
        healthy: Whether the container set is healthy
        hidden: True if the container set is hidden
        containers_created_count: Number of containers created in this container set
        containers_started_count: Number of containers started in this container set
        containers_running_count: Number of containers running in this container set
        containers_expected_running_count: Expected number of running containers in this container set
        additional_properties: Keys the spec does not list, kept as received.
    """

    container_set_id: str
    healthy: bool
    hidden: bool
    containers_created_count: int
    containers_started_count: int
    containers_running_count: int
    containers_expected_running_count: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("container_set_id", "container_set_id", None),
        ("healthy", "healthy", None),
        ("hidden", "hidden", None),
        ("containers_created_count", "containers_created_count", None),
        ("containers_started_count", "containers_started_count", None),
        ("containers_running_count", "containers_running_count", None),
        ("containers_expected_running_count", "containers_expected_running_count", None),
    )
    __ece_extra__ = None
