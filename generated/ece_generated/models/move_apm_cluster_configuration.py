"""MoveApmClusterConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .transient_apm_plan_configuration import TransientApmPlanConfiguration


@_define
class MoveApmClusterConfiguration(Model):
    """The configuration object for moving APM Servers.

    Attributes:
        cluster_ids: Identifiers for the Apm clusters.
        plan_override: Defines the configuration parameters that control how the plan is applied. For example, the
            Elasticsearch cluster topology and APM Server settings.
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_ids: list[str]
    plan_override: TransientApmPlanConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_ids", "cluster_ids", None),
        ("plan_override", "plan_override", "TransientApmPlanConfiguration"),
    )
    __ece_extra__ = None
