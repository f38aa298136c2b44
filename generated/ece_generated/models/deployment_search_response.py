"""DeploymentSearchResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_metadata import DeploymentMetadata
    from .deployment_resources import DeploymentResources
    from .deployment_settings import DeploymentSettings


@_define
class DeploymentSearchResponse(Model):
    """Describes a searched Deployment

    Attributes:
        id: A randomly-generated id of this Deployment
        name: The name of this deployment
        healthy: Whether the deployment is overall healthy or not (one or more of the resource info subsections
            will have healthy: false)
        resources: Describes a resource belonging to a Deployment
        alias: A user-defined deployment alias for user-friendly resource URLs
        settings: Additional configuration about the current deployment object.
        metadata: Additional information about the current deployment object.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    healthy: bool
    resources: DeploymentResources
    alias: str | Unset = UNSET
    settings: DeploymentSettings | Unset | None = UNSET
    metadata: DeploymentMetadata | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("healthy", "healthy", None),
        ("resources", "resources", "DeploymentResources"),
        ("alias", "alias", None),
        ("settings", "settings", "DeploymentSettings"),
        ("metadata", "metadata", "DeploymentMetadata"),
    )
    __ece_extra__ = None
