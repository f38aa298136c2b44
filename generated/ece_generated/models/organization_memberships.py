"""OrganizationMemberships: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .organization_membership import OrganizationMembership


@_define
class OrganizationMemberships(Model):
    """All user memberships to an organization

    Attributes:
        members: The list of organization memberships
        additional_properties: Keys the spec does not list, kept as received.
    """

    members: list[OrganizationMembership]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("members", "members", ("list", "OrganizationMembership")),)
    __ece_extra__ = None
