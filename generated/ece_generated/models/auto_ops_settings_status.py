"""AutoOpsSettingsStatus: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class AutoOpsSettingsStatus(OpenEnum):
    """See AutoOps integration status for this deployment."""

    CONNECTED = "connected"
    EXCLUDED = "excluded"
    NOT_CONNECTED = "not_connected"
