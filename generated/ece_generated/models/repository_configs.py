"""RepositoryConfigs: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from .._convert import Model

if TYPE_CHECKING:
    from .repository_config import RepositoryConfig


@define
class RepositoryConfigs(Model):
    """A list of snapshot repository configurations.

    Attributes:
        configs: List of snapshot configurations
        additional_properties: Keys the spec does not list, kept as received.
    """

    configs: list[RepositoryConfig]
    additional_properties: dict[str, Any] = field(factory=dict)

    __ece_fields__ = (("configs", "configs", ("list", "RepositoryConfig")),)
    __ece_extra__ = None
