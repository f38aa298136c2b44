"""The fleet audit behind ``ece-async audit``, usable as a library.

    from ece_async import ECEClient
    from ece_async.audit import Rules, run_audit

    async with ECEClient(url, api_key=key) as ece:
        result = await run_audit(ece, rules=Rules.load("rules.toml"))
    for row in result.summaries:
        for finding in row.findings:
            print(row.id, finding.severity, finding.message)

``run_audit`` changes no process-wide state; ``run_platform_audit`` audits the
installation itself (allocators, zones, runners, proxies).
"""

from .findings import RULES, SEVERITIES, Finding, Rule, Rules, RulesError
from .platform import PlatformResult, PlatformRow, run_platform_audit
from .profiles import Profile, ProfileError, config_path, load_profiles
from .runner import AuditResult, FleetAudit, RetryCounter, run_audit
from .summary import DeploymentSummary, ResourceSummary

__all__ = [
    "RULES",
    "SEVERITIES",
    "AuditResult",
    "DeploymentSummary",
    "Finding",
    "FleetAudit",
    "PlatformResult",
    "PlatformRow",
    "Profile",
    "ProfileError",
    "ResourceSummary",
    "RetryCounter",
    "Rule",
    "Rules",
    "RulesError",
    "config_path",
    "load_profiles",
    "run_audit",
    "run_platform_audit",
]
