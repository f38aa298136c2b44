"""ActiveDirectorySecurityRealmLoadBalanceType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class ActiveDirectorySecurityRealmLoadBalanceType(OpenEnum):
    """The behavior to use when there are multiple Active Directory URLs defined"""

    DNS_FAILOVER = "dns_failover"
    DNS_ROUND_ROBIN = "dns_round_robin"
    FAILOVER = "failover"
    ROUND_ROBIN = "round_robin"
