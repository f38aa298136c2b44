"""MoveEnterpriseSearchConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .transient_enterprise_search_plan_configuration import TransientEnterpriseSearchPlanConfiguration


@_define
class MoveEnterpriseSearchConfiguration(Model):
    """The configuration object for moving Elastic Enterprise Search instances.

    Attributes:
        cluster_ids: Identifiers for the Elastic Enterprise Search clusters.
        plan_override: Defines configuration parameters that control how the plan (i.e. consisting of the cluster
            topology and Enterprise Search settings) is applied
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_ids: list[str]
    plan_override: TransientEnterpriseSearchPlanConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_ids", "cluster_ids", None),
        ("plan_override", "plan_override", "TransientEnterpriseSearchPlanConfiguration"),
    )
    __ece_extra__ = None
