"""MetadataItemValue: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class MetadataItemValue(Model):
    """The value of the metadata item, which is primarily used to add a single item when the key is
    provided in the URL.

    Attributes:
        value: The metadata value
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("value", "value", None),)
    __ece_extra__ = None
