"""KibanaClusterInfoStatus: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class KibanaClusterInfoStatus(OpenEnum):
    """Cluster status"""

    INITIALIZING = "initializing"
    REBOOTING = "rebooting"
    RECONFIGURING = "reconfiguring"
    RESTARTING = "restarting"
    STARTED = "started"
    STOPPED = "stopped"
    STOPPING = "stopping"
