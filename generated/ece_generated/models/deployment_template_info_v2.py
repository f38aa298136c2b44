"""DeploymentTemplateInfoV2: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .change_source_info import ChangeSourceInfo
    from .deployment_create_request import DeploymentCreateRequest
    from .instance_configuration_info import InstanceConfigurationInfo
    from .kibana_deeplink import KibanaDeeplink
    from .metadata_item import MetadataItem


@_define
class DeploymentTemplateInfoV2(Model):
    """Deployment template detailed information

    Attributes:
        id: The unique identifier for the template.
        name: A human readable name for the template.
        deployment_template: A request for creating a new Deployment consisting of multiple clusters
        instance_configurations: List of instance configurations used in the cluster template.
        description: An optional description for the template.
        system_owned: Whether or not if this is system owned template.
        source: A container for information about the source of a change.
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

    id: str
    name: str
    deployment_template: DeploymentCreateRequest
    instance_configurations: list[InstanceConfigurationInfo]
    description: str | Unset = UNSET
    system_owned: bool | Unset = UNSET
    source: ChangeSourceInfo | Unset | None = UNSET
    metadata: list[MetadataItem] | Unset | None = UNSET
    order: int | Unset = UNSET
    hidden: bool | Unset = UNSET
    min_version: str | Unset = UNSET
    template_category_id: str | Unset = UNSET
    kibana_deeplink: list[KibanaDeeplink] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("id", "id", None),
        ("name", "name", None),
        ("deployment_template", "deployment_template", "DeploymentCreateRequest"),
        ("instance_configurations", "instance_configurations", ("list", "InstanceConfigurationInfo")),
        ("description", "description", None),
        ("system_owned", "system_owned", None),
        ("source", "source", "ChangeSourceInfo"),
        ("metadata", "metadata", ("list", "MetadataItem")),
        ("order", "order", None),
        ("hidden", "hidden", None),
        ("min_version", "min_version", None),
        ("template_category_id", "template_category_id", None),
        ("kibana_deeplink", "kibana_deeplink", ("list", "KibanaDeeplink")),
    )
    __ece_extra__ = None
