"""Extension: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .extension_extension_type import ExtensionExtensionType
    from .extension_file_metadata import ExtensionFileMetadata


@_define
class Extension(Model):
    """An API extension. It represents clusters' plugins and bundles

    Attributes:
        id: The extension ID
        name: The extension name.
        url: The extension URL to be used in the plan.
        extension_type: The extension type.
        version: The Elasticsearch version.
        description: The extension description.
        download_url: The download URL specified during extension creation.
        deployments: List of deployments using this extension. Up to only 10000 deployments will be included in the
            list.
        file_metadata:
        additional_properties: Keys the spec does not list, kept as received.
    """

    id: str
    name: str
    url: str
    extension_type: ExtensionExtensionType
    version: str
    description: str | Unset = UNSET
    download_url: str | Unset = UNSET
    deployments: list[str] | Unset | None = UNSET
    file_metadata: ExtensionFileMetadata | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("url", "url", None),
        ("extension_type", "extension_type", ("enum", "ExtensionExtensionType")),
        ("version", "version", None),
        ("description", "description", None),
        ("download_url", "download_url", None),
        ("deployments", "deployments", None),
        ("file_metadata", "file_metadata", "ExtensionFileMetadata"),
    )
    __ece_extra__ = None
