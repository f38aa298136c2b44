"""MoveKibanaClusterDetails: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .basic_failed_reply_element import BasicFailedReplyElement
    from .transient_kibana_plan_configuration import TransientKibanaPlanConfiguration


@_define
class MoveKibanaClusterDetails(Model):
    """Information about the Kibana instance that you want to move.

    Attributes:
        cluster_id: Identifier for the Kibana cluster.
        calculated_plan: Defines the configuration parameters that control how the plan is applied. For example, the
            Elasticsearch cluster topology and Kibana instance settings.
        errors: A list of errors that occurred if the attempt to move the cluster failed.
        additional_properties: Keys the spec does not list, kept as received.
    """

    cluster_id: str
    calculated_plan: TransientKibanaPlanConfiguration | Unset | None = UNSET
    errors: list[BasicFailedReplyElement] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("cluster_id", "cluster_id", None),
        ("calculated_plan", "calculated_plan", "TransientKibanaPlanConfiguration"),
        ("errors", "errors", ("list", "BasicFailedReplyElement")),
    )
    __ece_extra__ = None
