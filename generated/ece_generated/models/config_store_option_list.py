"""ConfigStoreOptionList: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .config_store_option import ConfigStoreOption


@_define
class ConfigStoreOptionList(Model):
    """A list of Config Store values.

    Attributes:
        values: List of Config Store Options
        additional_properties: Keys the spec does not list, kept as received.
    """

    values: list[ConfigStoreOption]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("values", "values", ("list", "ConfigStoreOption")),)
    __ece_extra__ = None
