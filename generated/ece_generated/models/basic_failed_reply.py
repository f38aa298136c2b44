"""BasicFailedReply: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .basic_failed_reply_element import BasicFailedReplyElement


@_define
class BasicFailedReply(Model):
    """BasicFailedReply (no description in the spec).

    Attributes:
        errors: A list of errors that occurred in the failing request
        additional_properties: Keys the spec does not list, kept as received.
    """

    errors: list[BasicFailedReplyElement]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("errors", "errors", ("list", "BasicFailedReplyElement")),)
    __ece_extra__ = None
