"""ConfigStoreOptionData: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ConfigStoreOptionData(Model):
    """The data for the Config Store options.

    Attributes:
        value: Value of this Config Store Option
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("value", "value", None),)
    __ece_extra__ = None
