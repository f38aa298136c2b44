"""ElasticsearchScriptingUserSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_script_type_settings import ElasticsearchScriptTypeSettings


@_define
class ElasticsearchScriptingUserSettings(Model):
    """Controls the languages supported by the Elasticsearch cluster, such as Painless, Mustache, and
    Expressions. Controls how the languages are used, such as file, index, and inline. TIP: For complex
    configurations, leave these blank and configure these settings in the user YAML or JSON.

    Attributes:
        painless_enabled: (5.x+ only) If enabled (the default) then the painless scripting engine is allowed as a
            sandboxed language. Sandboxed languages are the only ones allowed if 'sandbox_mode' is set to
            true. NOTES: (Corresponds to the parameters 'script.engine.painless.[file|stored|inline]')
        mustache_enabled: (5.x+ only) If enabled (the default) then the mustache scripting engine is allowed as a
            sandboxed language. Sandboxed languages are the only ones allowed if 'sandbox_mode' is set to
            true. NOTES: (Corresponds to the parameters 'script.engine.mustache.[file|stored|inline]')
        expressions_enabled: (5.x+ only) If enabled (the default) then the expressions scripting engine is allowed as a
            sandboxed language. Sandboxed languages are the only ones allowed if 'sandbox_mode' is set to
            true. NOTES: (Corresponds to the parameters 'script.engine.expression.[file|stored|inline]')
        stored: Enables scripting for the specified type and controls other parameters. Store scripts in indexes
            (`stored`), upload in file bundles (`file`), or use in API requests (`inline`).
        file: Enables scripting for the specified type and controls other parameters. Store scripts in indexes
            (`stored`), upload in file bundles (`file`), or use in API requests (`inline`).
        inline: Enables scripting for the specified type and controls other parameters. Store scripts in indexes
            (`stored`), upload in file bundles (`file`), or use in API requests (`inline`).
        additional_properties: Keys the spec does not list, kept as received.
    """

    painless_enabled: bool | Unset = UNSET
    mustache_enabled: bool | Unset = UNSET
    expressions_enabled: bool | Unset = UNSET
    stored: ElasticsearchScriptTypeSettings | Unset | None = UNSET
    file: ElasticsearchScriptTypeSettings | Unset | None = UNSET
    inline: ElasticsearchScriptTypeSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("painless_enabled", "painless_enabled", None),
        ("mustache_enabled", "mustache_enabled", None),
        ("expressions_enabled", "expressions_enabled", None),
        ("stored", "stored", "ElasticsearchScriptTypeSettings"),
        ("file", "file", "ElasticsearchScriptTypeSettings"),
        ("inline", "inline", "ElasticsearchScriptTypeSettings"),
    )
    __ece_extra__ = None
