"""SecurityDeployment: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .security_deployment_status import SecurityDeploymentStatus


@_define
class SecurityDeployment(Model):
    """The Elasticsearch security deployment.

    Attributes:
        cluster_id: The identifier for the security deployment cluster
        name: The name of the security deployment cluster
        status: The current status of the cluster
        has_pending_plan: True if a pending plan is in progress
        is_healthy: True if the cluster is healthy
        is_enabled: True if the security cluster is currently enabled
        deployment_id: The identifier for the security deployment
        version: The version of the Elasticsearch cluster
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_id: str
    name: str
    status: SecurityDeploymentStatus
    has_pending_plan: bool
    is_healthy: bool
    is_enabled: bool
    deployment_id: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_id", "cluster_id", None),
        ("name", "name", None),
        ("status", "status", ("enum", "SecurityDeploymentStatus")),
        ("has_pending_plan", "has_pending_plan", None),
        ("is_healthy", "is_healthy", None),
        ("is_enabled", "is_enabled", None),
        ("deployment_id", "deployment_id", None),
        ("version", "version", None),
    )
    __ece_extra__ = None
