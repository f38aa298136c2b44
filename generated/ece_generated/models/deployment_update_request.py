"""DeploymentUpdateRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_update_metadata import DeploymentUpdateMetadata
    from .deployment_update_resources import DeploymentUpdateResources
    from .deployment_update_settings import DeploymentUpdateSettings


@_define
class DeploymentUpdateRequest(Model):
    """A request for updating a Deployment consisting of multiple resources

    Attributes:
        prune_orphans: Whether or not to prune orphan resources that are no longer mentioned in this request. Note that
            resourcesare tracked by ref_id, and if a resource's ref_id is changed, any previous running
            resources created with that previousref_id are considered to be orphaned as well.
        name: A new name for the deployment, otherwise stays the same.
        resources: Describes the Deployment resource updates
        settings: Additional configuration for the new deployment object.
        metadata: Additional information about the current deployment object.
        alias: A user-defined alias to use in place of Cluster IDs for user-friendly URLs
        additional_properties: Keys the spec does not list, kept as received.
    """

    prune_orphans: bool
    name: str | Unset = UNSET
    resources: DeploymentUpdateResources | Unset | None = UNSET
    settings: DeploymentUpdateSettings | Unset | None = UNSET
    metadata: DeploymentUpdateMetadata | Unset | None = UNSET
    alias: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("prune_orphans", "prune_orphans", None),
        ("name", "name", None),
        ("resources", "resources", "DeploymentUpdateResources"),
        ("settings", "settings", "DeploymentUpdateSettings"),
        ("metadata", "metadata", "DeploymentUpdateMetadata"),
        ("alias", "alias", None),
    )
    __ece_extra__ = None
