"""ZookeeperNodeInfoState: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ZookeeperNodeInfoState(OpenEnum):
    """State of the ZooKeeper node"""

    CONNECTED = "connected"
    LOST = "lost"
    READ_ONLY = "read_only"
    RECONNECTED = "reconnected"
    SUSPENDED = "suspended"
