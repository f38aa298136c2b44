"""UpdateExtensionRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .update_extension_request_extension_type import UpdateExtensionRequestExtensionType


@_define
class UpdateExtensionRequest(Model):
    """The body of a request to update an extension

    Attributes:
        name: The extension name.
        extension_type: The extension type.
        version: The Elasticsearch version.
        description: The extension description.
        download_url: The URL to download the extension archive.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    extension_type: UpdateExtensionRequestExtensionType
    version: str
    description: str | Unset = UNSET
    download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("extension_type", "extension_type", ("enum", "UpdateExtensionRequestExtensionType")),
        ("version", "version", None),
        ("description", "description", None),
        ("download_url", "download_url", None),
    )
    __ece_extra__ = None
