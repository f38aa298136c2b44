"""SecurityDeploymentStatus: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class SecurityDeploymentStatus(OpenEnum):
    """The current status of the cluster"""

    INITIALIZING = "initializing"
    REBOOTING = "rebooting"
    RECONFIGURING = "reconfiguring"
    RESTARTING = "restarting"
    STARTED = "started"
    STOPPED = "stopped"
    STOPPING = "stopping"
