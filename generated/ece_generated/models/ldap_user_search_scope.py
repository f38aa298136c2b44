"""LdapUserSearchScope: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class LdapUserSearchScope(OpenEnum):
    """The scope of the user search. Valid values are sub_tree, one_level, or base. one_level only searches
    objects directly contained in the base_dn. sub_tree searches all objects contained in base_dn. base
    specifies that the base_dn is the user object, and that it is the only user considered. Defaults to
    sub_tree."""

    BASE = "base"
    ONE_LEVEL = "one_level"
    SUB_TREE = "sub_tree"
