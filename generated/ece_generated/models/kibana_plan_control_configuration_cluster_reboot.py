"""KibanaPlanControlConfigurationClusterReboot: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class KibanaPlanControlConfigurationClusterReboot(OpenEnum):
    """Set to 'forced' to force a reboot as part of the upgrade plan"""

    FORCED = "forced"
