"""ExtensionFileMetadata: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ExtensionFileMetadata(Model):
    """ExtensionFileMetadata (no description in the spec).

    Attributes:
        last_modified_date: The date and time the extension was last modified.
        size: The extension file size in bytes.
        url: The temporary URL to download the extension file. Usable for verification.
        additional_properties: Keys the spec does not list, kept as received.
    """

    last_modified_date: str | Unset = UNSET
    size: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("last_modified_date", "last_modified_date", None),
        ("size", "size", None),
        ("url", "url", None),
    )
    __ece_extra__ = None
