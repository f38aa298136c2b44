"""SsoAuthenticationMethodInfoSsoType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class SsoAuthenticationMethodInfoSsoType(OpenEnum):
    """Indicates the protocol of the single sign-on method."""

    SAML = "saml"
