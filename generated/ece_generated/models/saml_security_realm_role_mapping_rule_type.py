"""SamlSecurityRealmRoleMappingRuleType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class SamlSecurityRealmRoleMappingRuleType(OpenEnum):
    """The type of role mapping rule"""

    DN = "dn"
    GROUPS = "groups"
    USERNAME = "username"
