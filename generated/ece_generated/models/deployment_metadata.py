"""DeploymentMetadata: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .metadata_item import MetadataItem


@_define
class DeploymentMetadata(Model):
    """Additional information about the current deployment object.

    Attributes:
        last_modified: The most recent time the cluster metadata was changed (ISO format in UTC)
        owner_id: The user id (referencing whatever user database is in use) of the deployment owner
        organization_id: The organization that owns the deployment
        system_owned: Indicates if a deployment is system owned (restricts the set of operations that can be performed
            on it)
        hidden: Whether or not this deployment is hidden from the normal deployment list
        subscription_level: Subscription level of the cluster
        last_resource_plan_modified: The most recent time the resource's plan was changed (ISO format in UTC)
        tags: Arbitrary user-defined metadata associated with this deployment
        byok_enabled: Indicates if the Deployment is BYOK enabled or not
        additional_properties: Keys the spec does not list, kept as received.
    """

    last_modified: str
    owner_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    system_owned: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    subscription_level: str | Unset = UNSET
    last_resource_plan_modified: str | Unset = UNSET
    tags: list[MetadataItem] | Unset | None = UNSET
    byok_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("last_modified", "last_modified", None),
        ("owner_id", "owner_id", None),
        ("organization_id", "organization_id", None),
        ("system_owned", "system_owned", None),
        ("hidden", "hidden", None),
        ("subscription_level", "subscription_level", None),
        ("last_resource_plan_modified", "last_resource_plan_modified", None),
        ("tags", "tags", ("list", "MetadataItem")),
        ("byok_enabled", "byok_enabled", None),
    )
    __ece_extra__ = None
