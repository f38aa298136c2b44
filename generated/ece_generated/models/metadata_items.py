"""MetadataItems: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .metadata_item import MetadataItem


@_define
class MetadataItems(Model):
    """The container object for metadata items.

    Attributes:
        items: A collection of arbitrary metadata items associated with a resource.
        additional_properties: Keys the spec does not list, kept as received.
    """

    items: list[MetadataItem]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("items", "items", ("list", "MetadataItem")),)
    __ece_extra__ = None
