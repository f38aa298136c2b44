"""GlobalDeploymentTemplateRegion: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .kibana_deeplink import KibanaDeeplink


@_define
class GlobalDeploymentTemplateRegion(Model):
    """Region-specific details about a template.

    Attributes:
        region_id: The region identifier.
        deployment_template_id: The (region-specific) ID of the deployment template.
        versions: Versions supported in this region.
        kibana_deeplink: The Kibana Deeplink for this type of deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    region_id: str
    deployment_template_id: str
    versions: list[str]
    kibana_deeplink: list[KibanaDeeplink] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("region_id", "region_id", None),
        ("deployment_template_id", "deployment_template_id", None),
        ("versions", "versions", None),
        ("kibana_deeplink", "kibana_deeplink", ("list", "KibanaDeeplink")),
    )
    __ece_extra__ = None
