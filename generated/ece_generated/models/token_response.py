"""TokenResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class TokenResponse(Model):
    """The response value after a login without redirect configured, or after elevated permissions are
    enabled or disabled.

    Attributes:
        token: The authorization bearer token that you use in subsequent requests (A secret: left out of repr.)
        session_expiration_time: The time that the session token will expire
        additional_properties: Keys the spec does not list, kept as received.
    """

    token: str = _field(repr=False)
    session_expiration_time: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("token", "token", None),
        ("session_expiration_time", "session_expiration_time", None),
    )
    __ece_extra__ = None
