"""RunnersSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class RunnersSummary(Model):
    """Summarized information about the runners.

    Attributes:
        healthy: Whether all runners are healthy
        total_runners: Total number of runners
        healthy_runners: Number of healthy runners
        connected_runners: Number of connected runners
        connected_capacity: Total capacity of connected runners in megabytes
        max_available_capacity: Maximum capacity available in one runner in megabytes
        containers_count: Total number of containers
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    total_runners: int
    healthy_runners: int
    connected_runners: int
    connected_capacity: int
    max_available_capacity: int
    containers_count: int
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("total_runners", "total_runners", None),
        ("healthy_runners", "healthy_runners", None),
        ("connected_runners", "connected_runners", None),
        ("connected_capacity", "connected_capacity", None),
        ("max_available_capacity", "max_available_capacity", None),
        ("containers_count", "containers_count", None),
    )
    __ece_extra__ = None
