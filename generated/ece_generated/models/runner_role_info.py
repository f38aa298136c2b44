"""RunnerRoleInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class RunnerRoleInfo(Model):
    """Information about a runner role.

    Attributes:
        role_name: Name of the role
        additional_properties: Keys the spec does not list, kept as received.
    """

    role_name: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("role_name", "role_name", None),)
    __ece_extra__ = None
