"""ElevatedPermissions: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ElevatedPermissions(Model):
    """A user's elevated permissions status

    Attributes:
        enabled: True if the user has elevated permissions
        expires_at: The time at which the user's elevated permissions expire
        additional_properties: Keys the spec does not list, kept as received.
    """

    enabled: bool
    expires_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("enabled", "enabled", None),
        ("expires_at", "expires_at", None),
    )
    __ece_extra__ = None
