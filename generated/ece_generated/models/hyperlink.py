"""Hyperlink: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class Hyperlink(Model):
    """Hyperlink (no description in the spec).

    Attributes:
        need_elevated_permissions: Whether the operation requires elevated permissions (when the field is present, elevated
            permissions are required).
        additional_properties: Keys the spec does not list, kept as received.
    """

    need_elevated_permissions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("need_elevated_permissions", "need_elevated_permissions", None),)
    __ece_extra__ = None
