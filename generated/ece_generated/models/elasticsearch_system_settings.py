"""ElasticsearchSystemSettings: generated from the ECE spec by ``make generate``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .._convert import Model
from .._secrets import masked_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .elasticsearch_scripting_user_settings import ElasticsearchScriptingUserSettings


@_define
class ElasticsearchSystemSettings(Model):
    """A subset of Elasticsearch settings. TIP: To define the complete set of Elasticsearch settings, use
    `ElasticsearchSystemSettings` with `user_settings_override*` and `user_settings*`.

    Attributes:
        scripting: Controls the languages supported by the Elasticsearch cluster, such as Painless, Mustache, and
            Expressions. Controls how the languages are used, such as file, index, and inline. TIP: For
            complex configurations, leave these blank and configure these settings in the user YAML or JSON.
        reindex_whitelist: Limits remote Elasticsearch clusters that can be used as the source for '_reindex' API commands
        auto_create_index: If true (the default), then any write operation on an index that does not currently exist will
            create it. NOTES: (Corresponds to the parameter 'action.auto_create_index')
        enable_close_index: Defaults to false on versions <= 7.2.0, true otherwise. If false, then the API commands to close
            indices are disabled. This is important because Elasticsearch does not snapshot or migrate close
            indices on versions under 7.2.0, therefore standard Elastic Cloud configuration operations will
            cause irretrievable loss of indices' data. NOTES: (Corresponds to the parameter
            'cluster.indices.close.enable')
        destructive_requires_name: If true (default is false) then the index deletion API will not support wildcards or '_all'.
            NOTES: (Corresponds to the parameter 'action.destructive_requires_name')
        watcher_trigger_engine: The trigger engine for Watcher, defaults to 'scheduler' - see the xpack documentation for more
            information. NOTES: (Corresponds to the parameter '(xpack.)watcher.trigger.schedule.engine',
            depending on version. Ignored from 6.x onwards.)
        default_shards_per_index: (2.x only - to get the same result in 5.x template mappings must be used) Sets the default
            number of shards per index, defaulting to 1 if not specified. (Corresponds to the parameter
            'index.number_of_shards' in 2.x, not supported in 5.x)
        monitoring_collection_interval: The default interval at which monitoring information from the cluster if collected, if
            monitoring is enabled. NOTES: (Corresponds to the parameter 'marvel.agent.interval' in 2.x and
            'xpack.monitoring.collection.interval' in 5.x)
        monitoring_history_duration: The duration for which monitoring history is stored (format '(NUMBER)d' eg '3d' for 3 days).
            NOTES: ('Corresponds to the parameter xpack.monitoring.history.duration' in 5.x, defaults to
            '7d')
        additional_properties: Keys the spec does not list, kept as received.
    """

    scripting: ElasticsearchScriptingUserSettings | Unset | None = UNSET
    reindex_whitelist: list[str] | Unset | None = UNSET
    auto_create_index: bool | Unset = UNSET
    enable_close_index: bool | Unset = UNSET
    destructive_requires_name: bool | Unset = UNSET
    watcher_trigger_engine: str | Unset = UNSET
    default_shards_per_index: int | Unset = UNSET
    monitoring_collection_interval: int | Unset = UNSET
    monitoring_history_duration: str | Unset = UNSET
    additional_properties: dict[str, Any] = _field(factory=dict, repr=masked_repr)

    __ece_fields__ = (
        ("scripting", "scripting", "ElasticsearchScriptingUserSettings"),
        ("reindex_whitelist", "reindex_whitelist", None),
        ("auto_create_index", "auto_create_index", None),
        ("enable_close_index", "enable_close_index", None),
        ("destructive_requires_name", "destructive_requires_name", None),
        ("watcher_trigger_engine", "watcher_trigger_engine", None),
        ("default_shards_per_index", "default_shards_per_index", None),
        ("monitoring_collection_interval", "monitoring_collection_interval", None),
        ("monitoring_history_duration", "monitoring_history_duration", None),
    )
    __ece_extra__ = None
