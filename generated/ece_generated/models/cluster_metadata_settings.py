"""ClusterMetadataSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_metadata_resources_settings import ClusterMetadataResourcesSettings


@_define
class ClusterMetadataSettings(Model):
    """The top-level configuration settings for the Elasticsearch cluster.

    Attributes:
        name: The display name of the cluster
        owner_id: The user id (referencing whatever user database is in use) of the cluster owner
        organization_id: The organization that owns the deployment
        subscription_level: Subscription level of the cluster
        system_owned: Indicates if a cluster is system owned (restricts the set of operations that can be performed on
            it)
        contact_email: Contact email for the cluster
        hidden: Whether or not this cluster is hidden from the normal clusters list
        resources: The top-level configuration settings for the Elasticsearch cluster resources.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    subscription_level: str | Unset = UNSET
    system_owned: bool | Unset = UNSET
    contact_email: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    resources: ClusterMetadataResourcesSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("owner_id", "owner_id", None),
        ("organization_id", "organization_id", None),
        ("subscription_level", "subscription_level", None),
        ("system_owned", "system_owned", None),
        ("contact_email", "contact_email", None),
        ("hidden", "hidden", None),
        ("resources", "resources", "ClusterMetadataResourcesSettings"),
    )
    __ece_extra__ = None
