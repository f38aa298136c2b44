"""VersionedIdResponseConfigVersion: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class VersionedIdResponseConfigVersion(Model):
    """The version, if the entity is configuration controlled
    additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = None
