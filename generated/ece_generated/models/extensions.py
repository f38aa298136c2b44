"""Extensions: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .extension import Extension


@_define
class Extensions(Model):
    """A collection of extensions

    Attributes:
        extensions: The list of extensions.
        additional_properties: Keys the spec does not list, kept as received.
    """

    extensions: list[Extension]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("extensions", "extensions", ("list", "Extension")),)
    __ece_extra__ = None
