"""AllocatedInstanceStatusClusterType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class AllocatedInstanceStatusClusterType(OpenEnum):
    """Type of instance that is running"""

    APM = "apm"
    APPSEARCH = "appsearch"
    ELASTICSEARCH = "elasticsearch"
    ENTERPRISE_SEARCH = "enterprise_search"
    INTEGRATIONS_SERVER = "integrations_server"
    KIBANA = "kibana"
