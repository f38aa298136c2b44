"""LdapGroupSearchScope: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class LdapGroupSearchScope(OpenEnum):
    """Specifies whether the group search should be sub_tree, one_level or base. one_level only searches
    objects directly contained within the base_dn. The default sub_tree searches all objects contained
    under base_dn. base specifies that the base_dn is a group object, and that it is the only group
    considered."""

    BASE = "base"
    ONE_LEVEL = "one_level"
    SUB_TREE = "sub_tree"
