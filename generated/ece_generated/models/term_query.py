"""TermQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class TermQuery(Model):
    """A query for documents that contain the specified term in the inverted index.

    Attributes:
        value: The exact value to query for.
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("value", "value", None),)
    __ece_extra__ = None
