"""DeploymentUpdateMetadata: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .metadata_item import MetadataItem


@_define
class DeploymentUpdateMetadata(Model):
    """Additional information about the current deployment object.

    Attributes:
        system_owned: Indicates if a deployment is system owned (restricts the set of operations that can be performed
            on it)
        hidden: Whether or not this deployment is hidden from the normal deployment list
        tags: Arbitrary user-defined metadata associated with this deployment
        additional_properties: Keys the spec does not list, kept as received.
    """

    system_owned: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    tags: list[MetadataItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("system_owned", "system_owned", None),
        ("hidden", "hidden", None),
        ("tags", "tags", ("list", "MetadataItem")),
    )
    __ece_extra__ = None
