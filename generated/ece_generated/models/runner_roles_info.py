"""RunnerRolesInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .runner_role_info import RunnerRoleInfo


@_define
class RunnerRolesInfo(Model):
    """A list of runner roles.

    Attributes:
        roles: List of roles
        additional_properties: Keys the spec does not list, kept as received.
    """

    roles: list[RunnerRoleInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("roles", "roles", ("list", "RunnerRoleInfo")),)
    __ece_extra__ = None
