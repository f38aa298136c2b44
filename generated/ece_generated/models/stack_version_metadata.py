"""StackVersionMetadata: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class StackVersionMetadata(Model):
    """The metadata for the Elastic Stack.

    Attributes:
        notes: Notes for administrator
        pre_release: Indicates that the stack pack version is not GA and is not supposed to be used in production
        min_platform_version: The minimum version of the platform that the stack pack version is compatible with
        min_wire_compatibility_version: The minimum version required for performing a rolling upgrade to this stack version.
        min_index_compatibility_version: The minimum version required for performing a full cluster restart upgrade to this stack
            version.
        schema_version: The schema version of the stack pack version
        additional_properties: Keys the spec does not list, kept as received.
    """

    notes: str | Unset = UNSET
    pre_release: bool | Unset = UNSET
    min_platform_version: str | Unset = UNSET
    min_wire_compatibility_version: str | Unset = UNSET
    min_index_compatibility_version: str | Unset = UNSET
    schema_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("notes", "notes", None),
        ("pre_release", "pre_release", None),
        ("min_platform_version", "min_platform_version", None),
        ("min_wire_compatibility_version", "min_wire_compatibility_version", None),
        ("min_index_compatibility_version", "min_index_compatibility_version", None),
        ("schema_version", "schema_version", None),
    )
    __ece_extra__ = None
