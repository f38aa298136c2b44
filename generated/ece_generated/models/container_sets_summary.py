"""ContainerSetsSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .container_set_summary import ContainerSetSummary


@_define
class ContainerSetsSummary(Model):
    """Summarized information about container sets

    Attributes:
        healthy: Whether all container sets are healthy
        healthy_container_sets_count: Number of healthy container sets
        unhealthy_container_sets_count: Number of unhealthy container sets
        unhealthy_container_sets: Summarized information about unhealthy container sets
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    healthy_container_sets_count: int
    unhealthy_container_sets_count: int
    unhealthy_container_sets: list[ContainerSetSummary]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("healthy_container_sets_count", "healthy_container_sets_count", None),
        ("unhealthy_container_sets_count", "unhealthy_container_sets_count", None),
        ("unhealthy_container_sets", "unhealthy_container_sets", ("list", "ContainerSetSummary")),
    )
    __ece_extra__ = None
