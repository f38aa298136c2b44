"""Deployment templates (``DeploymentTemplateInfoV2``): the four ECE ships, or a snapshot's own."""

from __future__ import annotations

from typing import Any

from . import catalog
from .payloads import template_resources

#: id -> (name, description) of the templates a fresh installation has.
SHIPPED = {
    "default": ("Default", "Elasticsearch with Kibana, for most use cases"),
    "observability": ("Observability", "Logs, metrics and APM with Integrations Server"),
    "hot-warm": ("Hot-warm architecture", "Hot and warm data tiers for time series"),
    "enterprise-search": ("Enterprise Search", "Elasticsearch, Kibana and Enterprise Search"),
}


def _configuration_ids(resources: dict[str, Any]) -> list[str]:
    ids: list[str] = []
    for entries in resources.values():
        for entry in entries:
            for element in entry["plan"].get("cluster_topology") or []:
                config_id = element.get("instance_configuration_id")
                if isinstance(config_id, str) and config_id not in ids:
                    ids.append(config_id)
    return ids


def shipped_templates(region: str) -> dict[str, dict[str, Any]]:
    """The templates of a fresh installation, each filling in what ``template_id=`` creates."""
    out = {}
    for order, (template_id, (name, description)) in enumerate(SHIPPED.items()):
        resources = template_resources(template_id, catalog.DEFAULT_VERSION, region)
        configurations = [catalog.instance_configuration(i) for i in _configuration_ids(resources)]
        out[template_id] = {
            "id": template_id,
            "name": name,
            "description": description,
            "system_owned": True,
            "hidden": False,
            "order": order,
            "template_category_id": template_id,
            "min_version": "7.17.0",
            "deployment_template": {"resources": resources},
            "instance_configurations": configurations,
        }
    return out
