"""Comments: CRUD, ``x-cloud-resource-*`` headers, optimistic locking with ``version``."""

from __future__ import annotations

import aiohttp

from ece_async.testing import ECESimulator

from .sim_helpers import assert_conforms, assert_error, call


async def test_comment_crud_and_version_conflicts(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    base = f"/comments/deployment/{sim.deployment_ids()[0]}"
    status, comment, headers = await call(session, "POST", base, json={"message": "first"})
    assert status == 201
    assert comment["message"] == "first" and comment["user_id"] == sim.username
    assert headers["x-cloud-resource-version"] == "1"
    assert headers["x-cloud-resource-created"] == headers["x-cloud-resource-last-modified"]
    path = f"{base}/{comment['id']}"

    status, updated, headers = await call(session, "PUT", f"{path}?version=1", json={"message": "second"})
    assert status == 200 and updated["message"] == "second"
    assert headers["x-cloud-resource-version"] == "2"

    status, body, headers = await call(session, "PUT", f"{path}?version=1", json={"message": "stale"})
    assert_error(status, body, headers, "comments.version_conflict", 409)
    status, body, headers = await call(session, "DELETE", f"{path}?version=1")
    assert_error(status, body, headers, "comments.version_conflict", 409)

    status, fetched, headers = await call(session, "GET", path)
    assert status == 200 and fetched["message"] == "second" and headers["x-cloud-resource-version"] == "2"

    # Without a version the write is unconditional.
    status, _, headers = await call(session, "PUT", path, json={"message": "third"})
    assert status == 200 and headers["x-cloud-resource-version"] == "3"

    status, listed, _ = await call(session, "GET", base)
    assert status == 200
    assert_conforms("CommentsWithMetas", listed)
    assert [(v["comment"]["message"], v["metadata"]["version"]) for v in listed["values"]] == [("third", "3")]

    assert (await call(session, "DELETE", f"{path}?version=3"))[0] == 200
    status, body, headers = await call(session, "GET", path)
    assert_error(status, body, headers, "comments.comment_does_not_exist", 404)


async def test_comments_need_an_existing_resource(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    status, body, headers = await call(session, "POST", "/comments/deployment/missing", json={"message": "x"})
    assert_error(status, body, headers, "comments.resource_does_not_exist", 404)
    status, body, headers = await call(session, "POST", "/comments/nonsense/whatever", json={"message": "x"})
    assert_error(status, body, headers, "comments.resource_does_not_exist", 404)
    allocator = sim.state.allocators[0].id
    assert (await call(session, "POST", f"/comments/allocator/{allocator}", json={"message": "x"}))[0] == 201
    es_id = sim.deployment(sim.deployment_ids()[0]).resources[0].id
    assert (await call(session, "POST", f"/comments/elasticsearch/{es_id}", json={"message": "x"}))[0] == 201
    status, body, headers = await call(
        session, "POST", f"/comments/allocator/{allocator}", json={"text": "x"}
    )
    assert_error(status, body, headers, "root.invalid_data", 400)
