"""RemoteResources: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .remote_resource_ref import RemoteResourceRef


@_define
class RemoteResources(Model):
    """The list of resources used as remote clusters

    Attributes:
        resources: The remote resources
        additional_properties: Keys the spec does not list, kept as received.
    """

    resources: list[RemoteResourceRef]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("resources", "resources", ("list", "RemoteResourceRef")),)
    __ece_extra__ = None
