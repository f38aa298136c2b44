"""ActiveDirectorySecurityRealmRoleMappingRuleType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ActiveDirectorySecurityRealmRoleMappingRuleType(OpenEnum):
    """The type of role mapping rule"""

    GROUP_DN = "group_dn"
    USER_DN = "user_dn"
