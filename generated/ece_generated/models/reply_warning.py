"""ReplyWarning: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ReplyWarning(Model):
    """ReplyWarning (no description in the spec).

    Attributes:
        code: A structured code representing the error type that occurred
        message: A human readable message describing the warning that occurred
        additional_properties: Keys the spec does not list, kept as received.
    """

    code: str
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("code", "code", None),
        ("message", "message", None),
    )
    __ece_extra__ = None
