"""PlatformInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .platform_service_info import PlatformServiceInfo
    from .region_info import RegionInfo
    from .unreachable_region_info import UnreachableRegionInfo


@_define
class PlatformInfo(Model):
    """Information about the platform.

    Attributes:
        version: Platform version
        services:
        phone_home_enabled: Is the phone-home service, which returns anonymized usage statistics to Elastic, enabled
        eula_accepted: Indicates if the End User License Agreement been accepted
        regions: Information on regions
        unreachable_regions: Information on currently unreachable regions
        additional_properties: Keys the spec does not list, kept as received.
    """

    version: str
    services: list[PlatformServiceInfo]
    phone_home_enabled: bool
    eula_accepted: bool
    regions: list[RegionInfo]
    unreachable_regions: list[UnreachableRegionInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("version", "version", None),
        ("services", "services", ("list", "PlatformServiceInfo")),
        ("phone_home_enabled", "phone_home_enabled", None),
        ("eula_accepted", "eula_accepted", None),
        ("regions", "regions", ("list", "RegionInfo")),
        ("unreachable_regions", "unreachable_regions", ("list", "UnreachableRegionInfo")),
    )
    __ece_extra__ = None
