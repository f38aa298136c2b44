"""UserMetadata: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class UserMetadata(Model):
    """Metadata for a user

    Attributes:
        created_by: The Id of the user that created this user
        created_at: The date and time when the user was created
        updated_by: The Id of the user that last updated this user
        updated_at: The date and time when the user was last updated
        first_login_at: The date and time when the user first logged in
        last_login_at: The date and time when the user last logged in
        additional_properties: Keys the spec does not list, kept as received.
    """

    created_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    first_login_at: str | Unset = UNSET
    last_login_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("created_by", "created_by", None),
        ("created_at", "created_at", None),
        ("updated_by", "updated_by", None),
        ("updated_at", "updated_at", None),
        ("first_login_at", "first_login_at", None),
        ("last_login_at", "last_login_at", None),
    )
    __ece_extra__ = None
