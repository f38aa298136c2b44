"""DeploymentUpgradeAssistantStatusResponse: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class DeploymentUpgradeAssistantStatusResponse(Model):
    """The status of your cluster and its readiness to be upgraded

    Attributes:
        ready_for_upgrade: A boolean indicating whether or not the cluster is ready to be upgraded
        details: Message with information about the number of Elasticsearch and Kibana deprecations
        additional_properties: Keys the spec does not list, kept as received.
    """

    ready_for_upgrade: bool
    details: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("ready_for_upgrade", "ready_for_upgrade", None),
        ("details", "details", None),
    )
    __ece_extra__ = None
