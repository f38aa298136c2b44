"""RequestEnrollmentTokenReply: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class RequestEnrollmentTokenReply(Model):
    """Returns the enrollment token that is used to securely start a new server with designated roles.

    Attributes:
        token: The requested token (A secret: left out of repr.)
        token_id: An identifier for the requested token (if persistent) that can be used in listing and deletion
        additional_properties: Keys the spec does not list, kept as received.
    """

    token: str = _field(repr=False)
    token_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("token", "token", None),
        ("token_id", "token_id", None),
    )
    __ece_extra__ = None
