"""UserList: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .user import User


@_define
class UserList(Model):
    """A collection of users

    Attributes:
        users: A list of users
        additional_properties: Keys the spec does not list, kept as received.
    """

    users: list[User]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("users", "users", ("list", "User")),)
    __ece_extra__ = None
