"""ClusterSystemAlert: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .cluster_system_alert_alert_type import ClusterSystemAlertAlertType


@_define
class ClusterSystemAlert(Model):
    """Information about a system alert on an Elasticsearch cluster.

    Attributes:
        timestamp: Timestamp marking the system alert
        instance_name: Instance that caused the system alert
        alert_type: Type of system alert
        url: The URL related to the event. Only applicable for alert_type: heap_dump
        exit_code: The exit_code related to the event. Only applicable for alert_type: slain
        additional_properties: Keys the spec does not list, kept as received.
    """

    timestamp: str
    instance_name: str
    alert_type: ClusterSystemAlertAlertType
    url: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("timestamp", "timestamp", None),
        ("instance_name", "instance_name", None),
        ("alert_type", "alert_type", ("enum", "ClusterSystemAlertAlertType")),
        ("url", "url", None),
        ("exit_code", "exit_code", None),
    )
    __ece_extra__ = None
