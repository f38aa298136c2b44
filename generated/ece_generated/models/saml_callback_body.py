"""SamlCallbackBody: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class SamlCallbackBody(Model):
    """SamlCallbackBody (no description in the spec).

    Attributes:
        saml_response: A message issued by the identity provider to the service provider
        relay_state: The optional relay state that the API (service provider) sent to the identity provider.
        additional_properties: Keys the spec does not list, kept as received.
    """

    saml_response: str
    relay_state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("saml_response", "SAMLResponse", None),
        ("relay_state", "RelayState", None),
    )
    __ece_extra__ = None
