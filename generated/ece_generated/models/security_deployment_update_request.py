"""SecurityDeploymentUpdateRequest: generated from the ECE spec by ``make generate``; do not edit."""

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
class SecurityDeploymentUpdateRequest(Model):
    """The update request for the Elasticsearch security deployment.

    Attributes:
        version: The version of Elasticsearch to upgrade to. When not included, no upgrade is performed.
        topology: The cluster topology for the Elasticsearch security deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    version: str | Unset = UNSET
    topology: SecurityDeploymentTopology | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("version", "version", None),
        ("topology", "topology", "SecurityDeploymentTopology"),
    )
    __ece_extra__ = None
