"""IntegrationsServerPlanControlConfigurationClusterReboot: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class IntegrationsServerPlanControlConfigurationClusterReboot(OpenEnum):
    """Set to 'forced' to force a reboot as part of the upgrade plan"""

    FORCED = "forced"
