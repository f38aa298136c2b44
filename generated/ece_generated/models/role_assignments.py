"""RoleAssignments: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_role_assignment import DeploymentRoleAssignment
    from .organization_role_assignment import OrganizationRoleAssignment
    from .platform_role_assignment import PlatformRoleAssignment
    from .project_role_assignments import ProjectRoleAssignments


@_define
class RoleAssignments(Model):
    """Roles assigned to users, API keys or organization invitations. Currently unavailable in self-hosted
    ECE.

    Attributes:
        platform: Assignments for roles with platform scope.
        organization: Assignments for roles with organization scope.
        deployment: Assignments for roles with deployment scope.
        project: Assignments for roles with project scope.
        additional_properties: Keys the spec does not list, kept as received.
    """

    platform: list[PlatformRoleAssignment] | Unset | None = UNSET
    organization: list[OrganizationRoleAssignment] | Unset | None = UNSET
    deployment: list[DeploymentRoleAssignment] | Unset | None = UNSET
    project: ProjectRoleAssignments | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("platform", "platform", ("list", "PlatformRoleAssignment")),
        ("organization", "organization", ("list", "OrganizationRoleAssignment")),
        ("deployment", "deployment", ("list", "DeploymentRoleAssignment")),
        ("project", "project", "ProjectRoleAssignments"),
    )
    __ece_extra__ = None
