"""SecurityRealmsReorderRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class SecurityRealmsReorderRequest(Model):
    """A reorder request for Elasticsearch security realms.

    Attributes:
        realms: The list of security realms in the desired order
        additional_properties: Keys the spec does not list, kept as received.
    """

    realms: list[str]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("realms", "realms", None),)
    __ece_extra__ = None
