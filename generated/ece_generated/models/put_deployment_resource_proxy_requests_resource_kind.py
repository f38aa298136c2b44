"""PutDeploymentResourceProxyRequestsResourceKind: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class PutDeploymentResourceProxyRequestsResourceKind(OpenEnum):
    """Values the spec lists; others decode as pseudo-members."""

    ELASTICSEARCH = "elasticsearch"
    ENTERPRISE_SEARCH = "enterprise_search"
    KIBANA = "kibana"
