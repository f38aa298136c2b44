"""ProjectRoleAssignments: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .project_role_assignment import ProjectRoleAssignment


@_define
class ProjectRoleAssignments(Model):
    """Assignments for roles with project scope.

    Attributes:
        elasticsearch: The Elasticsearch project-scoped role assignments to set
        observability: The Observability project-scoped role assignments to set
        security: The Security project-scoped role assignments to set
        additional_properties: Keys the spec does not list, kept as received.
    """

    elasticsearch: list[ProjectRoleAssignment] | Unset | None = UNSET
    observability: list[ProjectRoleAssignment] | Unset | None = UNSET
    security: list[ProjectRoleAssignment] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("elasticsearch", "elasticsearch", ("list", "ProjectRoleAssignment")),
        ("observability", "observability", ("list", "ProjectRoleAssignment")),
        ("security", "security", ("list", "ProjectRoleAssignment")),
    )
    __ece_extra__ = None
