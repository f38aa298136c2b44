"""BlessingsWithMeta: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .blessings import Blessings
    from .metadata import Metadata


@_define
class BlessingsWithMeta(Model):
    """Persisted Blessings along with metadata

    Attributes:
        value: Describes whether certain runners are blessed to run a Role.
        meta: Metadata of an entity
        additional_properties: Keys the spec does not list, kept as received.
    """

    value: Blessings
    meta: Metadata
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("value", "value", "Blessings"),
        ("meta", "meta", "Metadata"),
    )
    __ece_extra__ = None
