"""PlatformServiceInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .platform_service_image_info import PlatformServiceImageInfo


@_define
class PlatformServiceInfo(Model):
    """The platform service information.

    Attributes:
        type_: Name of service
        image:
        additional_properties: Keys the spec does not list, kept as received.
    """

    type_: str
    image: list[PlatformServiceImageInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("type_", "type", None),
        ("image", "image", ("list", "PlatformServiceImageInfo")),
    )
    __ece_extra__ = None
