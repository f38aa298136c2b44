"""LdapSettingsBindType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class LdapSettingsBindType(OpenEnum):
    """The type of user binding to apply"""

    USER_SEARCH = "user_search"
    USER_TEMPLATES = "user_templates"
