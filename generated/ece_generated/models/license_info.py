"""LicenseInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_license_info import ClusterLicenseInfo


@_define
class LicenseInfo(Model):
    """Information about a license.

    Attributes:
        uid: Unique identifier of the license
        issuer: Issuer of the license
        issued_to: Entity the license was issued to
        issue_date_in_millis: When the license was issued, in milliseconds since the Unix epoch
        type_: Type of the license
        signature: Digital signature (A secret: left out of repr.)
        start_date_in_millis: Initial validity of the license, in milliseconds since the Unix epoch
        expiry_date_in_millis: When the license expires, in milliseconds since the Unix epoch
        version: Version of the license
        subscription_type: Type of the license subscription
        max_allocators: Maximum number of allocators. Empty for version >= 3
        max_ram_per_allocator_mb: Maximum RAM per allocator in MB. Empty for version >= 3
        max_instances: Maximum number of instances. Only present for version 3
        max_resource_units: Maximum number of resource units, where each unit is 64GB. Only present for version > 3
        operation_mode: Operation mode
        cluster_licenses: List of cluster licenses
        additional_properties: Keys the spec does not list, kept as received.
    """

    uid: str
    issuer: str
    issued_to: str
    issue_date_in_millis: int
    type_: str
    signature: str = _field(repr=False)
    start_date_in_millis: int
    expiry_date_in_millis: int
    version: int | Unset = UNSET
    subscription_type: str | Unset = UNSET
    max_allocators: int | Unset = UNSET
    max_ram_per_allocator_mb: int | Unset = UNSET
    max_instances: int | Unset = UNSET
    max_resource_units: int | Unset = UNSET
    operation_mode: str | Unset = UNSET
    cluster_licenses: list[ClusterLicenseInfo] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("uid", "uid", None),
        ("issuer", "issuer", None),
        ("issued_to", "issued_to", None),
        ("issue_date_in_millis", "issue_date_in_millis", None),
        ("type_", "type", None),
        ("signature", "signature", None),
        ("start_date_in_millis", "start_date_in_millis", None),
        ("expiry_date_in_millis", "expiry_date_in_millis", None),
        ("version", "version", None),
        ("subscription_type", "subscription_type", None),
        ("max_allocators", "max_allocators", None),
        ("max_ram_per_allocator_mb", "max_ram_per_allocator_mb", None),
        ("max_instances", "max_instances", None),
        ("max_resource_units", "max_resource_units", None),
        ("operation_mode", "operation_mode", None),
        ("cluster_licenses", "cluster_licenses", ("list", "ClusterLicenseInfo")),
    )
    __ece_extra__ = None
