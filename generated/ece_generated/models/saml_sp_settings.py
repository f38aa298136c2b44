"""SamlSpSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class SamlSpSettings(Model):
    """The configuration for the Elasticsearch security SAML Service Provider.

    Attributes:
        entity_id: The Entity ID to use for this SAML Service Provider. This should be entered as a URI.
        acs: The URL of the Assertion Consumer service
        logout: The URL of the Single Logout service
        additional_properties: Keys the spec does not list, kept as received.
    """

    entity_id: str
    acs: str
    logout: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("entity_id", "entity_id", None),
        ("acs", "acs", None),
        ("logout", "logout", None),
    )
    __ece_extra__ = None
