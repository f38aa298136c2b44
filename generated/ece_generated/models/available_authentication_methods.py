"""AvailableAuthenticationMethods: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .sso_authentication_method_info import SsoAuthenticationMethodInfo


@_define
class AvailableAuthenticationMethods(Model):
    """Specifies the authentication methods that are enabled on the Elasticsearch cluster. NOTE: When all
    fields are `false`, only the Platform admin and Platform viewer are available.

    Attributes:
        password: Indicates that username and password authentication is available. (A secret: left out of repr.)
        saml: Indicates that SAML single sign-on authentication is available.
        openid: > WARNING
            > This endpoint is deprecated and scheduled to be removed in the next major version. This field
            is no longer used and will always be false.

        sso_methods: Lists details for the available single sign-on methods.
        additional_properties: Keys the spec does not list, kept as received.
    """

    password: bool = _field(repr=False)
    saml: bool
    openid: bool
    sso_methods: list[SsoAuthenticationMethodInfo]
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("password", "password", None),
        ("saml", "saml", None),
        ("openid", "openid", None),
        ("sso_methods", "sso_methods", ("list", "SsoAuthenticationMethodInfo")),
    )
    __ece_extra__ = None
