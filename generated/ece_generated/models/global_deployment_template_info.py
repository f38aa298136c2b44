"""GlobalDeploymentTemplateInfo: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .global_deployment_template_region import GlobalDeploymentTemplateRegion
    from .metadata_item import MetadataItem


@_define
class GlobalDeploymentTemplateInfo(Model):
    """The top-level model for global (regionless) templates.

    Attributes:
        name: Long name of the Template
        description: An optional description for the template.
        order: The order in which the templates should be displayed in the front-end.
        regions: List of regions this template is used in.
        template_category_id: Provider agnostic template identifier.
        metadata: Optional arbitrary metadata to associate with this template.
        additional_properties: Keys the spec does not list, kept as received.
    """

    name: str
    description: str
    order: int
    regions: list[GlobalDeploymentTemplateRegion]
    template_category_id: str | Unset = UNSET
    metadata: list[MetadataItem] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("name", "name", None),
        ("description", "description", None),
        ("order", "order", None),
        ("regions", "regions", ("list", "GlobalDeploymentTemplateRegion")),
        ("template_category_id", "template_category_id", None),
        ("metadata", "metadata", ("list", "MetadataItem")),
    )
    __ece_extra__ = None
