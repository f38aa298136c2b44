"""ClusterMetadataCpuResourcesSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ClusterMetadataCpuResourcesSettings(Model):
    """Specifies the CPU resource settings for the Elasticsearch cluster.

    Attributes:
        boost: Indicates if the CPU boost flag is enabled or not.
        hard_limit: Indicates if the CPU hard limit flag is enabled or not. When set to true (default), allocates
            CPU timeshare based on the total CPU time multiplied by the relative RAM capacity of the
            instance on a given host. When set to false, delegates CPU allocation to the operating system to
            schedule CPU timeshares.
        additional_properties: Keys the spec does not list, kept as received.
    """

    boost: bool | Unset = UNSET
    hard_limit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("boost", "boost", None),
        ("hard_limit", "hard_limit", None),
    )
    __ece_extra__ = None
