"""AllocatorInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .allocated_instance_status import AllocatedInstanceStatus
    from .allocator_build_info import AllocatorBuildInfo
    from .allocator_capacity import AllocatorCapacity
    from .allocator_health_status import AllocatorHealthStatus
    from .allocator_settings import AllocatorSettings
    from .external_hyperlink import ExternalHyperlink
    from .metadata_item import MetadataItem


@_define
class AllocatorInfo(Model):
    """The overview information for the allocator.

    Attributes:
        status: The health status of the allocator.
        allocator_id: Identifier for this allocator
        zone_id: Identifier of the zone
        host_ip: Host IP of this allocator
        public_hostname: Public hostname of this allocator
        capacity: The total and used capacity of the allocator.
        settings: The settings for the allocator.
        instances:
        metadata: Arbitrary metadata associated with this allocator
        features: List of features associated with this allocator. Note this is only present for backwards
            compatibility purposes and is scheduled for removal in the next major version release.
        external_links: External resources related to this allocator.
        build_info: Information about the build that is running on the allocator.
        region: The region that this allocator belongs to. Only populated in SaaS or federated ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    status: AllocatorHealthStatus
    allocator_id: str
    zone_id: str
    host_ip: str
    public_hostname: str
    capacity: AllocatorCapacity
    settings: AllocatorSettings
    instances: list[AllocatedInstanceStatus]
    metadata: list[MetadataItem]
    features: list[str]
    external_links: list[ExternalHyperlink]
    build_info: AllocatorBuildInfo | Unset | None = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("status", "status", "AllocatorHealthStatus"),
        ("allocator_id", "allocator_id", None),
        ("zone_id", "zone_id", None),
        ("host_ip", "host_ip", None),
        ("public_hostname", "public_hostname", None),
        ("capacity", "capacity", "AllocatorCapacity"),
        ("settings", "settings", "AllocatorSettings"),
        ("instances", "instances", ("list", "AllocatedInstanceStatus")),
        ("metadata", "metadata", ("list", "MetadataItem")),
        ("features", "features", None),
        ("external_links", "external_links", ("list", "ExternalHyperlink")),
        ("build_info", "build_info", "AllocatorBuildInfo"),
        ("region", "region", None),
    )
    __ece_extra__ = None
