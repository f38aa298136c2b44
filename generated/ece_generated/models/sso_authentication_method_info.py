"""SsoAuthenticationMethodInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .sso_authentication_method_info_sso_type import SsoAuthenticationMethodInfoSsoType


@_define
class SsoAuthenticationMethodInfo(Model):
    """Specifies the authentication methods that are enabled on the Elasticsearch cluster. NOTE: When all
    fields are `false`, only the Platform admin and Platform viewer are available.

    Attributes:
        sso_type: Indicates the protocol of the single sign-on method.
        name: The friendly name of the single sign-on method.
        url: The URL to initiate the single sign-on login.
        additional_properties: Keys the spec does not list, kept as received.
    """

    sso_type: SsoAuthenticationMethodInfoSsoType
    name: str
    url: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("sso_type", "sso_type", ("enum", "SsoAuthenticationMethodInfoSsoType")),
        ("name", "name", None),
        ("url", "url", None),
    )
    __ece_extra__ = None
