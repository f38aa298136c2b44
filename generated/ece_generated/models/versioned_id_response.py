"""VersionedIdResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .versioned_id_response_config_version import VersionedIdResponseConfigVersion
    from .versioned_id_response_config_version_updated import VersionedIdResponseConfigVersionUpdated


@_define
class VersionedIdResponse(Model):
    """VersionedIdResponse (no description in the spec).

    Attributes:
        id: The ID
        config_version: The version, if the entity is configuration controlled
        config_version_updated: Returns true if the update resulted in a new version of the configuration controlled entity
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    config_version: VersionedIdResponseConfigVersion | Unset | None = UNSET
    config_version_updated: VersionedIdResponseConfigVersionUpdated | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("config_version", "config_version", "VersionedIdResponseConfigVersion"),
        ("config_version_updated", "config_version_updated", "VersionedIdResponseConfigVersionUpdated"),
    )
    __ece_extra__ = None
