"""SamlAttributeSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class SamlAttributeSettings(Model):
    """The mapping configuration for the Elasticsearch security SAML attribute.

    Attributes:
        principal: The name of the SAML attribute that contains the user's principal (username). This name should
            map to a value that does not contain commas or slashes.
        groups: The name of the SAML attribute that contains the user's groups
        name: The name of the SAML attribute that contains the user's full name
        mail: The name of the SAML attribute that contains the user's email address
        dn: The name of the SAML attribute that contains the user's X.50 Distinguished Name
        additional_properties: Keys the spec does not list, kept as received.
    """

    principal: str
    groups: str
    name: str | Unset = UNSET
    mail: str | Unset = UNSET
    dn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("principal", "principal", None),
        ("groups", "groups", None),
        ("name", "name", None),
        ("mail", "mail", None),
        ("dn", "dn", None),
    )
    __ece_extra__ = None
