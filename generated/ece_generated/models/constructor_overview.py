"""ConstructorOverview: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .constructor_info import ConstructorInfo


@_define
class ConstructorOverview(Model):
    """The overview information for the installed constructors.

    Attributes:
        constructors:
        additional_properties: Keys the spec does not list, kept as received.
    """

    constructors: list[ConstructorInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("constructors", "constructors", ("list", "ConstructorInfo")),)
    __ece_extra__ = None
