"""ClusterSystemAlertAlertType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ClusterSystemAlertAlertType(OpenEnum):
    """Type of system alert"""

    AUTOMATIC_RESTART = "automatic_restart"
    HEAP_DUMP = "heap_dump"
    UNKNOWN_EVENT = "unknown_event"
