"""ProxiesFilter: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ProxiesFilter(Model):
    """Selects proxies by matching a proxy metadata item.

    Attributes:
        key: Key of the proxy metadata item to be matched (A secret: left out of repr.)
        value: Value of the proxy metadata item to be matched
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
