"""ChangeSourceInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ChangeSourceInfo(Model):
    """A container for information about the source of a change.

    Attributes:
        facilitator: The service where the change originated from
        action: The type of plan change that was initiated
        date: The time the change was initiated
        user_id: The user that requested the change
        admin_id: The admin user that requested the change
        remote_addresses: The host addresses of the user that originated the change
        additional_properties: Keys the spec does not list, kept as received.
    """

    facilitator: str
    action: str
    date: str
    user_id: str | Unset = UNSET
    admin_id: str | Unset = UNSET
    remote_addresses: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("facilitator", "facilitator", None),
        ("action", "action", None),
        ("date", "date", None),
        ("user_id", "user_id", None),
        ("admin_id", "admin_id", None),
        ("remote_addresses", "remote_addresses", None),
    )
    __ece_extra__ = None
