"""ClusterLicenseInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .cluster_license_info_license import ClusterLicenseInfoLicense


@_define
class ClusterLicenseInfo(Model):
    """Information about the Elasticsearch cluster license.

    Attributes:
        license_: Object containing the cluster license data
        additional_properties: Keys the spec does not list, kept as received.
    """

    license_: ClusterLicenseInfoLicense
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("license_", "license", "ClusterLicenseInfoLicense"),)
    __ece_extra__ = None
