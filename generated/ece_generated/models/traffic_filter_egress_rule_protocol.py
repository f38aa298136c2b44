"""TrafficFilterEgressRuleProtocol: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class TrafficFilterEgressRuleProtocol(OpenEnum):
    """The target protocol for an egress rule"""

    ALL = "all"
    TCP = "tcp"
    UDP = "udp"
