"""ObservabilityAbsoluteDeployment: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ObservabilityAbsoluteDeployment(Model):
    """The destination to send logs and metrics to

    Attributes:
        deployment_id: The deployment to send logs and/or metrics to. Contains either the deployment's ID or 'self'.
        ref_id: RefId of the Elasticsearch cluster to send logs and/or metrics to. If not specified, refId is
            resolved automatically as long as the destination deployment contains a single Elasticsearch
            resource.
        additional_properties: Keys the spec does not list, kept as received.
    """

    deployment_id: str
    ref_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("deployment_id", "deployment_id", None),
        ("ref_id", "ref_id", None),
    )
    __ece_extra__ = None
