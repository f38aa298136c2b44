"""ElasticsearchScriptTypeSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset


@_define
class ElasticsearchScriptTypeSettings(Model):
    """Enables scripting for the specified type and controls other parameters. Store scripts in indexes
    (`stored`), upload in file bundles (`file`), or use in API requests (`inline`).

    Attributes:
        enabled: If enabled (default: true) then scripts are enabled, either for sandboxing languages (by
            default), or for all installed languages if 'sandbox_mode' is disabled (or for 6.x). NOTES:
            (Corresponds to the parameter 'script.file|stored/indexed|inline')
        sandbox_mode: If enabled (default: true) and this script type is enabled, then only the sandbox languages are
            allowed. By default the sandbox languages are painless, expressions and mustache, but this can
            be restricted via the 'painless_enabled', 'mustache_enabled' 'expression_enabled'
            settings.NOTES: Not supported in 6.x. (Corresponds to the parameters
            'script.engine.[painless|mustache|expressions].[file|stored|inline]')
        additional_properties: Keys the spec does not list, kept as received.
    """

    enabled: bool | Unset = UNSET
    sandbox_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("enabled", "enabled", None),
        ("sandbox_mode", "sandbox_mode", None),
    )
    __ece_extra__ = None
