"""AllocatorsSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .allocators_zone_summary import AllocatorsZoneSummary


@_define
class AllocatorsSummary(Model):
    """Summarized information about allocators.

    Attributes:
        healthy: Whether all allocators are healthy
        zone_summaries: Summarized information on allocators in each zone
        additional_properties: Keys the spec does not list, kept as received.
    """

    healthy: bool
    zone_summaries: list[AllocatorsZoneSummary]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("healthy", "healthy", None),
        ("zone_summaries", "zone_summaries", ("list", "AllocatorsZoneSummary")),
    )
    __ece_extra__ = None
