"""ListEnrollmentTokenElement: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ListEnrollmentTokenElement(Model):
    """Information about an active enrollment token.

    Attributes:
        token_id: An identifier for the token
        roles: The services for which this enrollment token applies
        additional_properties: Keys the spec does not list, kept as received.
    """

    token_id: str
    roles: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("token_id", "token_id", None),
        ("roles", "roles", None),
    )
    __ece_extra__ = None
