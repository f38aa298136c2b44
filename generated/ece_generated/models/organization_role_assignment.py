"""OrganizationRoleAssignment: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class OrganizationRoleAssignment(Model):
    """Assignment for a role with organization scope.

    Attributes:
        role_id: The ID of the role that is assigned.
        organization_id: The ID of the organization the role is scoped to.
        additional_properties: Keys the spec does not list, kept as received.
    """

    role_id: str
    organization_id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("role_id", "role_id", None),
        ("organization_id", "organization_id", None),
    )
    __ece_extra__ = None
