"""GetDeploymentResourcePlanActivityResourceKind: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class GetDeploymentResourcePlanActivityResourceKind(OpenEnum):
    """Values the spec lists; others decode as pseudo-members."""

    APM = "apm"
    APPSEARCH = "appsearch"
    ELASTICSEARCH = "elasticsearch"
    ENTERPRISE_SEARCH = "enterprise_search"
    INTEGRATIONS_SERVER = "integrations_server"
    KIBANA = "kibana"
