"""CreateApiKeyRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .role_assignments import RoleAssignments


@_define
class CreateApiKeyRequest(Model):
    """The request payload that creates the API keys.

    Attributes:
        description: API key description. Useful if there are multiple keys
        expiration: The optional expiration for the API key, provided as a duration (ex: '1d', '3h')
        role_assignments: Roles assigned to users, API keys or organization invitations. Currently unavailable in self-
            hosted ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    description: str
    expiration: str | Unset = UNSET
    role_assignments: RoleAssignments | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("description", "description", None),
        ("expiration", "expiration", None),
        ("role_assignments", "role_assignments", "RoleAssignments"),
    )
    __ece_extra__ = None
