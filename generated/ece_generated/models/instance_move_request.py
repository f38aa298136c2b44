"""InstanceMoveRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class InstanceMoveRequest(Model):
    """The request that specifies the Elasticsearch or stateless (eg Kibana) instances to move to
    allocators as part of the upgrade plan. When used in conjunction with '\\_\\_all\\_\\_' (roll all
    instances as a single unit) strategy, these instances are not restarted, which can sometimes enable
    recovery plans when these instances are boot-looping.

    Attributes:
        from_: The instance id that is going to be moved
        to: An optional list of allocator ids to which the instance should be moved. If not specified then
            any available allocator can be used (including the current one if it is healthy)
        instance_down: Tells the infrastructure that the instance should be considered as permanently down when
            deciding how to migrate data to new nodes. If left blank then the system will automatically
            decide (currently: will treat the instances as up)
        additional_properties: Keys the spec does not list, kept as received.
    """

    from_: str
    to: list[str] | Unset | None = UNSET
    instance_down: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("from_", "from", None),
        ("to", "to", None),
        ("instance_down", "instance_down", None),
    )
    __ece_extra__ = None
