"""TrafficFilterClaimedLinkIds: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .traffic_filter_claimed_link_id_info import TrafficFilterClaimedLinkIdInfo


@_define
class TrafficFilterClaimedLinkIds(Model):
    """The container for a set of traffic filter claimed link id.

    Attributes:
        claimed_link_ids: List of traffic filter claimed link id
        additional_properties: Keys the spec does not list, kept as received.
    """

    claimed_link_ids: list[TrafficFilterClaimedLinkIdInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("claimed_link_ids", "claimed_link_ids", ("list", "TrafficFilterClaimedLinkIdInfo")),)
    __ece_extra__ = None
