"""SamlIdpSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class SamlIdpSettings(Model):
    """The configuration for the Elasticsearch security SAML Identity Provider.

    Attributes:
        entity_id: The Entity ID of the SAML Identity Provider. An Entity ID is a URI with a maximum length of 1024
            characters. It can be a URL or a URN and can be found in the configuration or the SAML metadata
            of the Identity Provider.
        metadata_path: The URL to a SAML 2.0 metadata file describing the capabilities and configuration of the
            Identity Provider
        use_single_logout: Indicates whether to utilise the Identity Provider's Single Logout service
        additional_properties: Keys the spec does not list, kept as received.
    """

    entity_id: str
    metadata_path: str
    use_single_logout: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("entity_id", "entity_id", None),
        ("metadata_path", "metadata_path", None),
        ("use_single_logout", "use_single_logout", None),
    )
    __ece_extra__ = None
