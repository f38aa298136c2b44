"""DeploymentCreateRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_create_metadata import DeploymentCreateMetadata
    from .deployment_create_resources import DeploymentCreateResources
    from .deployment_create_settings import DeploymentCreateSettings


@_define
class DeploymentCreateRequest(Model):
    """A request for creating a new Deployment consisting of multiple clusters

    Attributes:
        name: A name for the deployment; otherwise this will be the generated deployment id
        resources: Describes the resources that will belong to a Deployment
        settings: Additional configuration for the new deployment object.
        metadata: Additional information about the new deployment object.
        alias: A user-defined alias to use in place of Cluster IDs for user-friendly URLs
        region: Identifier of the region to be used as the default for all the resources of the deployment
        version: The version for all the resources of the deployment (must be one of the supported versions).
            Defaults to the latest version if not specified.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str | Unset = UNSET
    resources: DeploymentCreateResources | Unset | None = UNSET
    settings: DeploymentCreateSettings | Unset | None = UNSET
    metadata: DeploymentCreateMetadata | Unset | None = UNSET
    alias: str | Unset = UNSET
    region: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("resources", "resources", "DeploymentCreateResources"),
        ("settings", "settings", "DeploymentCreateSettings"),
        ("metadata", "metadata", "DeploymentCreateMetadata"),
        ("alias", "alias", None),
        ("region", "region", None),
        ("version", "version", None),
    )
    __ece_extra__ = None
