"""InstanceTypeResourceInstanceType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class InstanceTypeResourceInstanceType(OpenEnum):
    """Instance type, the key for this resource"""

    APM = "apm"
    APPSEARCH = "appsearch"
    ELASTICSEARCH = "elasticsearch"
    ENTERPRISE_SEARCH = "enterprise_search"
    INTEGRATIONS_SERVER = "integrations_server"
    KIBANA = "kibana"
