"""DeploymentUpdateResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_diagnostics import DeploymentDiagnostics
    from .deployment_resource import DeploymentResource
    from .deployment_settings import DeploymentSettings
    from .orphaned import Orphaned


@_define
class DeploymentUpdateResponse(Model):
    """A response returned from the Deployment update endpoint

    Attributes:
        id: The id of the deployment
        name: The name of the deployment
        resources: List of resources that are part of the deployment after the update operation.
        alias: A user-defined alias to use in place of ResourceIds for user-friendly resource URLs
        shutdown_resources: Details about orphaned resources.
        diagnostics: Describes the diagnostics for a given Deployment-modifying payload
        settings: Additional configuration about the current deployment object.
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    resources: list[DeploymentResource]
    alias: str | Unset = UNSET
    shutdown_resources: Orphaned | Unset | None = UNSET
    diagnostics: DeploymentDiagnostics | Unset | None = UNSET
    settings: DeploymentSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("resources", "resources", ("list", "DeploymentResource")),
        ("alias", "alias", None),
        ("shutdown_resources", "shutdown_resources", "Orphaned"),
        ("diagnostics", "diagnostics", "DeploymentDiagnostics"),
        ("settings", "settings", "DeploymentSettings"),
    )
    __ece_extra__ = None
