"""ListEnrollmentTokenReply: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .list_enrollment_token_element import ListEnrollmentTokenElement


@_define
class ListEnrollmentTokenReply(Model):
    """Information about active enrollment tokens.

    Attributes:
        tokens: The list of currently active enrollment tokens (A secret: left out of repr.)
        additional_properties: Keys the spec does not list, kept as received.
    """

    tokens: list[ListEnrollmentTokenElement] = _field(repr=False)
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("tokens", "tokens", ("list", "ListEnrollmentTokenElement")),)
    __ece_extra__ = None
