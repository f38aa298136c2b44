"""EnterpriseSearchSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_metadata_settings import ClusterMetadataSettings


@_define
class EnterpriseSearchSettings(Model):
    """The settings for the Enterprise Search.

    Attributes:
        metadata: The top-level configuration settings for the Elasticsearch cluster.
        additional_properties: Keys the spec does not list, kept as received.
    """

    metadata: ClusterMetadataSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("metadata", "metadata", "ClusterMetadataSettings"),)
    __ece_extra__ = None
