"""RunnerInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .runner_build_info import RunnerBuildInfo
    from .runner_container_info import RunnerContainerInfo
    from .runner_health_checks import RunnerHealthChecks
    from .runner_info_features import RunnerInfoFeatures
    from .runner_info_tags import RunnerInfoTags
    from .runner_role_info import RunnerRoleInfo


@_define
class RunnerInfo(Model):
    """Information about a specified runner.

    Attributes:
        runner_id: The runner identifier
        host_ip: Host IP for the runner
        public_hostname: Public hostname for the runner
        containers: Containers for the runner
        roles: Roles for the runner
        connected: Specifies if the runner is connected
        healthy: Specifies if the runner is healthy
        runner_name: The runner name
        zone: Identifier of the zone
        tags: Meta data of the runner, like image ID or processor architecture
        features: State of features of the runner
        build_info:
        health_checks: The checks performed to determine if an runner is healthy or not.
        region: The region that this runner belongs to. Only populated in SaaS or federated ECE.
        additional_properties: Keys the spec does not list, kept as received.
    """

    runner_id: str
    host_ip: str
    public_hostname: str
    containers: list[RunnerContainerInfo]
    roles: list[RunnerRoleInfo]
    connected: bool
    healthy: bool
    runner_name: str | Unset = UNSET
    zone: str | Unset = UNSET
    tags: RunnerInfoTags | Unset | None = UNSET
    features: RunnerInfoFeatures | Unset | None = UNSET
    build_info: RunnerBuildInfo | Unset | None = UNSET
    health_checks: RunnerHealthChecks | Unset | None = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("runner_id", "runner_id", None),
        ("host_ip", "host_ip", None),
        ("public_hostname", "public_hostname", None),
        ("containers", "containers", ("list", "RunnerContainerInfo")),
        ("roles", "roles", ("list", "RunnerRoleInfo")),
        ("connected", "connected", None),
        ("healthy", "healthy", None),
        ("runner_name", "runner_name", None),
        ("zone", "zone", None),
        ("tags", "tags", "RunnerInfoTags"),
        ("features", "features", "RunnerInfoFeatures"),
        ("build_info", "build_info", "RunnerBuildInfo"),
        ("health_checks", "health_checks", "RunnerHealthChecks"),
        ("region", "region", None),
    )
    __ece_extra__ = None
