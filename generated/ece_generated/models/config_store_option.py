"""ConfigStoreOption: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ConfigStoreOption(Model):
    """Information about the Config Store options.

    Attributes:
        name: Name of this Config Store Option
        value: Value of this Config Store Option
        changed: Whether or not this Config Store Option has changed
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    value: str
    changed: bool
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("value", "value", None),
        ("changed", "changed", None),
    )
    __ece_extra__ = None
