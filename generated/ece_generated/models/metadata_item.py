"""MetadataItem: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class MetadataItem(Model):
    """The key-value pair.

    Attributes:
        key: The metadata field name (A secret: left out of repr.)
        value: The metadata value
        additional_properties: Keys the spec does not list, kept as received.
    """

    key: str = _field(repr=False)
    value: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("key", "key", None),
        ("value", "value", None),
    )
    __ece_extra__ = None
