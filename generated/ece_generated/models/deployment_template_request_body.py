"""DeploymentTemplateRequestBody: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .deployment_create_request import DeploymentCreateRequest
    from .kibana_deeplink import KibanaDeeplink
    from .metadata_item import MetadataItem


@_define
class DeploymentTemplateRequestBody(Model):
    """Request body to create or update a Deployment Template

    Attributes:
        name: A human readable name for the template.
        deployment_template: A request for creating a new Deployment consisting of multiple clusters
        description: An optional description for the template.
        system_owned: Whether or not if this is system owned template.
        metadata: Optional arbitrary metadata to associate with this template.
        order: Determines the order in which this template should be returned when listed. Templates are
            returned in ascending order. If not specified, then the template willbe appended to the end of
            the list.
        hidden: Whether or not the deployment template is hidden by default.
        min_version: Minimum stack version required by this template, if any.
        template_category_id: Provider and version agnostic template identifier used for grouping related template types.
        kibana_deeplink: The Kibana Deeplink for this type of deployment.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    deployment_template: DeploymentCreateRequest
    description: str | Unset = UNSET
    system_owned: bool | Unset = UNSET
    metadata: list[MetadataItem] | Unset | None = UNSET
    order: int | Unset = UNSET
    hidden: bool | Unset = UNSET
    min_version: str | Unset = UNSET
    template_category_id: str | Unset = UNSET
    kibana_deeplink: list[KibanaDeeplink] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("deployment_template", "deployment_template", "DeploymentCreateRequest"),
        ("description", "description", None),
        ("system_owned", "system_owned", None),
        ("metadata", "metadata", ("list", "MetadataItem")),
        ("order", "order", None),
        ("hidden", "hidden", None),
        ("min_version", "min_version", None),
        ("template_category_id", "template_category_id", None),
        ("kibana_deeplink", "kibana_deeplink", ("list", "KibanaDeeplink")),
    )
    __ece_extra__ = None
