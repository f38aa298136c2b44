"""PrefixQuery: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class PrefixQuery(Model):
    """The query that matches documents with fields that contain terms with a specified, not analyzed,
    prefix.

    Attributes:
        value: The prefix to search for.
        boost: An optional boost value to apply to the query.
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: str
    boost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("value", "value", None),
        ("boost", "boost", None),
    )
    __ece_extra__ = None
