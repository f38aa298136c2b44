"""LicenseObject: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .license_info import LicenseInfo
    from .usage_stats import UsageStats


@_define
class LicenseObject(Model):
    """The container for a license.

    Attributes:
        license_: Information about a license.
        usage_stats: Information about the current usage.
        additional_properties: Keys the spec does not list, kept as received.
    """

    license_: LicenseInfo
    usage_stats: UsageStats | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("license_", "license", "LicenseInfo"),
        ("usage_stats", "usage_stats", "UsageStats"),
    )
    __ece_extra__ = None
