"""DeploymentCreateResponse: generated from the ECE spec by ``make generate``; do not edit."""

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


@_define
class DeploymentCreateResponse(Model):
    """A response returned from the Deployment create endpoint

    Attributes:
        id: The id of the deployment
        name: The name of the deployment
        created: Whether or not the deployment was freshly created
        resources: List of created resources.
        alias: A user-defined deployment alias for user-friendly resource URLs
        diagnostics: Describes the diagnostics for a given Deployment-modifying payload
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    created: bool
    resources: list[DeploymentResource]
    alias: str | Unset = UNSET
    diagnostics: DeploymentDiagnostics | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("created", "created", None),
        ("resources", "resources", ("list", "DeploymentResource")),
        ("alias", "alias", None),
        ("diagnostics", "diagnostics", "DeploymentDiagnostics"),
    )
    __ece_extra__ = None
