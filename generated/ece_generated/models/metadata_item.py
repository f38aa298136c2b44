"""MetadataItem: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._convert import Model


@define
class MetadataItem(Model):
    """The key-value pair.

    Attributes:
        key: The metadata field name
        value: The metadata value
        additional_properties: Keys the spec does not list, kept as received.
    """

    key: str
    value: str
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (
        ("key", "key", None),
        ("value", "value", None),
    )
    __ece_extra__ = None
