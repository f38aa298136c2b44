"""Metadata: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class Metadata(Model):
    """Metadata of an entity

    Attributes:
        created_time: Creation time
        modified_time: Modification time
        version: Version
        additional_properties: Keys the spec does not list, kept as received.
    """

    created_time: str
    modified_time: str
    version: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("created_time", "created_time", None),
        ("modified_time", "modified_time", None),
        ("version", "version", None),
    )
    __ece_extra__ = None
