"""UserSecurityRealmType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class UserSecurityRealmType(OpenEnum):
    """The type of the security realm"""

    ACTIVE_DIRECTORY = "active_directory"
    LDAP = "ldap"
    NATIVE = "native"
    SAML = "saml"
