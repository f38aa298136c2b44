"""ElasticsearchPlanControlConfigurationClusterReboot: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ElasticsearchPlanControlConfigurationClusterReboot(OpenEnum):
    """Set to 'forced' to force a reboot as part of the upgrade plan. NOTES: (ie taking an existing plan
    and leaving it alone except for setting 'transient.plan_configuration.cluster_reboot': 'forced' will
    reboot the cluster)"""

    FORCED = "forced"
