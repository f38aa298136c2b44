"""GetTrustRelationshipsFilter: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class GetTrustRelationshipsFilter(OpenEnum):
    """Values the spec lists; others decode as pseudo-members."""

    ALL = "all"
    LOCAL = "local"
    NON_LOCAL = "non-local"
