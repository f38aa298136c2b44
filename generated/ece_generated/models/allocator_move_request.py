"""AllocatorMoveRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class AllocatorMoveRequest(Model):
    """As part of the upgrade plan, identifies the move requests for the Kibana instances or APM Servers on
    the allocators.

    Attributes:
        from_: The allocator id off which all instances in the cluster should be moved
        to: An optional list of allocator ids to which the instance(s) should be moved. If not specified
            then any available allocator can be used (including the current one if it is healthy)
        allocator_down: Tells the infrastructure that all instances on the allocator should be considered as permanently
            down when deciding how to migrate data to new nodes. If left blank then the system will auto-
            decide (currently: will treat the allocator as up)
        additional_properties: Keys the spec does not list, kept as received.
    """

    from_: str
    to: list[str] | Unset | None = UNSET
    allocator_down: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("from_", "from", None),
        ("to", "to", None),
        ("allocator_down", "allocator_down", None),
    )
    __ece_extra__ = None
