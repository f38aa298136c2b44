"""ExternalHyperlink: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ExternalHyperlink(Model):
    """ExternalHyperlink (no description in the spec).

    Attributes:
        id: Identifier of the external link
        label: Human-readable description of the external link
        uri: hyperlink to an external resource
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    label: str
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("label", "label", None),
        ("uri", "uri", None),
    )
    __ece_extra__ = None
