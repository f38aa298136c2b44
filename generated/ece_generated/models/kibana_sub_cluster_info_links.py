"""KibanaSubClusterInfoLinks: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .hyperlink import Hyperlink


@_define
class KibanaSubClusterInfoLinks(Model):
    """A map of application-specific operations (which map to 'operationId's in the Swagger API) to
    metadata about that operation
        additional_properties: Keys the spec does not list, kept as received.
    """

    additional_properties: dict[str, Hyperlink] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = ()
    __ece_extra__ = "Hyperlink"
