"""Helpers for the simulator's tests (imported relatively: pytest names this directory tests.testing)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import aiohttp

from ece_async.testing.conformance import problems

#: A fixed simulated start, so timestamps in responses are reproducible.
START = datetime(2024, 9, 2, 12, 0, tzinfo=timezone.utc)

ES_PLAN: dict[str, Any] = {
    "cluster_topology": [
        {
            "id": "hot_content",
            "instance_configuration_id": "data.default",
            "size": {"value": 2048, "resource": "memory"},
            "zone_count": 2,
            "node_roles": ["master", "ingest", "data_hot", "data_content"],
        }
    ],
    "elasticsearch": {"version": "8.15.1"},
}
KIBANA_PLAN: dict[str, Any] = {
    "cluster_topology": [
        {
            "instance_configuration_id": "kibana",
            "size": {"value": 1024, "resource": "memory"},
            "zone_count": 1,
        }
    ],
    "kibana": {},
}


def create_body(name: str = "created", es_memory: int = 2048) -> dict[str, Any]:
    es_plan = {
        **ES_PLAN,
        "cluster_topology": [
            dict(ES_PLAN["cluster_topology"][0], size={"value": es_memory, "resource": "memory"})
        ],
    }
    return {
        "name": name,
        "resources": {
            "elasticsearch": [{"ref_id": "main-elasticsearch", "region": "ece-region", "plan": es_plan}],
            "kibana": [
                {
                    "ref_id": "main-kibana",
                    "elasticsearch_cluster_ref_id": "main-elasticsearch",
                    "region": "ece-region",
                    "plan": KIBANA_PLAN,
                }
            ],
        },
    }


def assert_conforms(model: str, body: Any) -> None:
    found = problems(model, body)
    assert found == [], "\n".join(found[:20])


def assert_error(status: int, body: Any, headers: Any, code: str, expected_status: int) -> None:
    """The ECE error shape: BasicFailedReply plus ``x-cloud-error-codes``."""
    assert status == expected_status, body
    assert_conforms("BasicFailedReply", body)
    assert [e["code"] for e in body["errors"]] == [code]
    assert headers["x-cloud-error-codes"] == code


async def call(session: aiohttp.ClientSession, method: str, path: str, **kwargs: Any) -> tuple[int, Any, Any]:
    """(status, decoded JSON body, headers) of an API call (``path`` below ``/api/v1``)."""
    async with session.request(method, "/api/v1" + path, **kwargs) as response:
        body = await response.json(content_type=None)
        return response.status, body, response.headers
