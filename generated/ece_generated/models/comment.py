"""Comment: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class Comment(Model):
    """A persisted Comment

    Attributes:
        id: The id of this Comment
        user_id: The user id of the user who wrote this Comment
        message: The message content of this Comment
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    user_id: str
    message: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("user_id", "user_id", None),
        ("message", "message", None),
    )
    __ece_extra__ = None
