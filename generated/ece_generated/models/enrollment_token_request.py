"""EnrollmentTokenRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class EnrollmentTokenRequest(Model):
    """An enrollment token request for one or more services.

    Attributes:
        persistent: Whether this token can subsequently to its grant be revoked from the UI
        roles: The additional services for which this enrollment token applies (empty if not specified, ie
            system services only)
        validity_in_seconds: The time in seconds for which this token is valid (defaults to 1 hour). Currently this can only
            be set for ephemeral (persistent: false) tokens.
        additional_properties: Keys the spec does not list, kept as received.
    """

    persistent: bool
    roles: list[str] | Unset | None = UNSET
    validity_in_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("persistent", "persistent", None),
        ("roles", "roles", None),
        ("validity_in_seconds", "validity_in_seconds", None),
    )
    __ece_extra__ = None
