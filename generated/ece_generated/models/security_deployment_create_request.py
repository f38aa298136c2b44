"""SecurityDeploymentCreateRequest: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .security_deployment_topology import SecurityDeploymentTopology


@_define
class SecurityDeploymentCreateRequest(Model):
    """The creation request for the Elasticsearch security deployment.

    Attributes:
        name: The name of the security deployment cluster
        version: The version of the Elasticsearch cluster
        topology: The cluster topology for the Elasticsearch security deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    topology: SecurityDeploymentTopology | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("version", "version", None),
        ("topology", "topology", "SecurityDeploymentTopology"),
    )
    __ece_extra__ = None
