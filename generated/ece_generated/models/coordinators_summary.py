"""CoordinatorsSummary: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .coordinator_summary import CoordinatorSummary


@_define
class CoordinatorsSummary(Model):
    """Summarized information about coordinators.

    Attributes:
        coordinators: Summarized information on each coordinator
        additional_properties: Keys the spec does not list, kept as received.
    """

    coordinators: list[CoordinatorSummary]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("coordinators", "coordinators", ("list", "CoordinatorSummary")),)
    __ece_extra__ = None
