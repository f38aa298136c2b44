"""RepositoryConfig: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr

if TYPE_CHECKING:
    from .repository_config_config import RepositoryConfigConfig


@_define
class RepositoryConfig(Model):
    """The snapshot repository configuration.

    Attributes:
        repository_name: Elasticsearch snapshot repository name
        config: Elasticsearch configuration JSON for a snapshot repository
        additional_properties: Keys the spec does not list, kept as received.
    """

    repository_name: str
    config: RepositoryConfigConfig
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("repository_name", "repository_name", None),
        ("config", "config", "RepositoryConfigConfig"),
    )
    __ece_extra__ = None
