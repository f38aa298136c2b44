"""ManagedMonitoringSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr


@_define
class ManagedMonitoringSettings(Model):
    """The settings for sending monitoring information to another cluster.

    Attributes:
        target_cluster_id: The Id of the target cluster to which to send monitoring information
        additional_properties: Keys the spec does not list, kept as received.
    """

    target_cluster_id: str
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (("target_cluster_id", "target_cluster_id", None),)
    __ece_extra__ = None
