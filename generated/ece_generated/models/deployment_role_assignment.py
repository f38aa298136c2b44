"""DeploymentRoleAssignment: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class DeploymentRoleAssignment(Model):
    """Assignment for a role with deployment scope.

    Attributes:
        role_id: The ID of the role that is assigned.
        organization_id: The ID of the organization the role is scoped to.
        all_: When true, the role applies to all deployments in the organization, otherwise the role is scoped
            to the deployments specified in `deployment_ids`.
        deployment_ids: The IDs of the deployments the role is scoped to. Must be absent if `all` is true, and present
            if `all` is false.
        application_roles: If provided, the user assigned this role assignment will be granted this application role when
            signing in to the deployment(s) specified in the role assignment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    role_id: str
    organization_id: str
    all_: bool | Unset = UNSET
    deployment_ids: list[str] | Unset | None = UNSET
    application_roles: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("role_id", "role_id", None),
        ("organization_id", "organization_id", None),
        ("all_", "all", None),
        ("deployment_ids", "deployment_ids", None),
        ("application_roles", "application_roles", None),
    )
    __ece_extra__ = None
