"""DirectTrustRelationshipType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class DirectTrustRelationshipType(OpenEnum):
    """The type can either be ESS, ECE, generic or proxy. If none is specified, then generic is assumed. If
    proxy is specified, trust_all should be false and trust_allowlist, scope_id and
    additional_node_names should be omitted."""

    ECE = "ECE"
    ESS = "ESS"
    GENERIC = "generic"
    PROXY = "proxy"
