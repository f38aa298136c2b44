"""TransientIntegrationsServerPlanConfiguration: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .integrations_server_plan_control_configuration import IntegrationsServerPlanControlConfiguration
    from .plan_strategy import PlanStrategy


@_define
class TransientIntegrationsServerPlanConfiguration(Model):
    """Defines the configuration parameters that control how the plan is applied. For example, the
    Elasticsearch cluster topology and Integrations Server settings.

    Attributes:
        strategy: The options for performing a plan change. Specify only one property each time. The default is
            `grow_and_shrink`.
        plan_configuration: The plan control configuration options for the Integrations Server.
        additional_properties: Keys the spec does not list, kept as received.
    """

    strategy: PlanStrategy | Unset | None = UNSET
    plan_configuration: IntegrationsServerPlanControlConfiguration | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("strategy", "strategy", "PlanStrategy"),
        ("plan_configuration", "plan_configuration", "IntegrationsServerPlanControlConfiguration"),
    )
    __ece_extra__ = None
