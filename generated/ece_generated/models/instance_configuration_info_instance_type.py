"""InstanceConfigurationInfoInstanceType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class InstanceConfigurationInfoInstanceType(OpenEnum):
    """The type of instance. For instance configurations where the type is specified in the 'id', the
    default value of 'instance_type' will be automatically inferred."""

    APM = "apm"
    APPSEARCH = "appsearch"
    ELASTICSEARCH = "elasticsearch"
    ENTERPRISE_SEARCH = "enterprise_search"
    INTEGRATIONS_SERVER = "integrations_server"
    KIBANA = "kibana"
