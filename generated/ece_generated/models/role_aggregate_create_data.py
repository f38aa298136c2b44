"""RoleAggregateCreateData: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .blessings import Blessings
    from .role import Role


@_define
class RoleAggregateCreateData(Model):
    """Creation data for a role

    Attributes:
        role: Describes whether certain runners are blessed to run a Role.
        blessings: Describes whether certain runners are blessed to run a Role.
        additional_properties: Keys the spec does not list, kept as received.
    """

    role: Role
    blessings: Blessings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("role", "role", "Role"),
        ("blessings", "blessings", "Blessings"),
    )
    __ece_extra__ = None
