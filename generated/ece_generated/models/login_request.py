"""LoginRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .login_state import LoginState


@_define
class LoginRequest(Model):
    """The body of a login request.

    Attributes:
        username: The username part of the login request
        password: The plain text password part of the login request (A secret: left out of repr.)
        login_state: Configure how the API responds after a successful login.
        additional_properties: Keys the spec does not list, kept as received.
    """

    username: str
    password: str = _field(repr=False)
    login_state: LoginState | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("username", "username", None),
        ("password", "password", None),
        ("login_state", "login_state", "LoginState"),
    )
    __ece_extra__ = None
