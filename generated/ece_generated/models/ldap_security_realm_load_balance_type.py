"""LdapSecurityRealmLoadBalanceType: generated from the ECE spec by ``make generate``; do not edit."""

from .._convert import OpenEnum


class LdapSecurityRealmLoadBalanceType(OpenEnum):
    """The behavior to use when there are multiple LDAP URLs defined"""

    DNS_FAILOVER = "dns_failover"
    DNS_ROUND_ROBIN = "dns_round_robin"
    FAILOVER = "failover"
    ROUND_ROBIN = "round_robin"
