"""Credentials: API keys, Basic, login tokens (refresh, expiry, logout) and the 401 shapes."""

from __future__ import annotations

import base64

import aiohttp
import orjson

from ece_async.testing import ECESimulator, FaultConfig

from .sim_helpers import assert_conforms, assert_error, call


def _claims(token: str) -> dict[str, object]:
    payload = token.split(".")[1]
    return orjson.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))  # type: ignore[no-any-return]


async def test_requests_without_valid_credentials_get_the_ece_401(sim: ECESimulator) -> None:
    async with aiohttp.ClientSession(base_url=sim.url) as anonymous:
        for headers in (
            {},
            {"Authorization": "ApiKey wrong"},
            {"Authorization": "Bearer a.b.c"},
            {"Authorization": "Digest x"},
        ):
            status, body, response_headers = await call(anonymous, "GET", "/deployments", headers=headers)
            assert_error(status, body, response_headers, "root.unauthenticated", 401)
        bad_basic = "Basic " + base64.b64encode(b"admin:wrong").decode()
        status, body, response_headers = await call(
            anonymous, "GET", "/account", headers={"Authorization": bad_basic}
        )
        assert_error(status, body, response_headers, "root.unauthenticated", 401)
    assert sim.stats.rejected["unauthenticated"] == 5


async def test_basic_and_api_key_are_accepted(sim: ECESimulator) -> None:
    basic = "Basic " + base64.b64encode(f"{sim.username}:{sim.password}".encode()).decode()
    async with aiohttp.ClientSession(base_url=sim.url) as client:
        for auth in (basic, f"ApiKey {sim.api_key}", f"apikey {sim.api_key}"):
            status, body, _ = await call(client, "GET", "/account", headers={"Authorization": auth})
            assert status == 200
            assert body["id"] == sim.organization_id


async def test_login_refresh_and_expiry() -> None:
    async with ECESimulator(deployments=1, seed=3, speed=0, faults=FaultConfig(token_lifetime=600)) as sim:
        async with aiohttp.ClientSession(base_url=sim.url) as client:
            status, body, _ = await call(
                client,
                "POST",
                "/users/auth/_login",
                json={"username": sim.username, "password": sim.password},
            )
            assert status == 200
            assert_conforms("TokenResponse", body)
            token = body["token"]
            claims = _claims(token)
            assert claims["exp"] == int(sim.now()) + 600
            bearer = {"Authorization": f"Bearer {token}"}
            assert (await call(client, "GET", "/deployments", headers=bearer))[0] == 200

            sim.advance(300)
            status, refreshed, _ = await call(client, "POST", "/users/auth/_refresh", headers=bearer)
            assert status == 200
            assert_conforms("TokenResponse", refreshed)
            new_token = refreshed["token"]
            assert _claims(new_token)["exp"] == int(sim.now()) + 600

            sim.advance(301)  # the first token is now expired, the refreshed one is not
            status, body, headers = await call(client, "GET", "/deployments", headers=bearer)
            assert_error(status, body, headers, "root.unauthorized", 401)
            status, body, headers = await call(client, "POST", "/users/auth/_refresh", headers=bearer)
            assert_error(status, body, headers, "root.unauthorized", 401)
            new_bearer = {"Authorization": f"Bearer {new_token}"}
            assert (await call(client, "GET", "/deployments", headers=new_bearer))[0] == 200
            assert sim.stats.rejected["token_expired"] == 2

            assert (await call(client, "POST", "/users/auth/_logout", headers=new_bearer))[0] == 200
            status, body, headers = await call(client, "GET", "/deployments", headers=new_bearer)
            assert_error(status, body, headers, "root.unauthenticated", 401)


async def test_login_with_wrong_password_and_refresh_without_token(
    sim: ECESimulator, session: aiohttp.ClientSession
) -> None:
    status, body, headers = await call(
        session, "POST", "/users/auth/_login", json={"username": sim.username, "password": "nope"}
    )
    assert_error(status, body, headers, "root.unauthenticated", 401)
    status, body, headers = await call(session, "POST", "/users/auth/_refresh")
    assert_error(status, body, headers, "root.unauthorized", 401)


async def test_tampered_token_is_rejected(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    _, body, _ = await call(
        session, "POST", "/users/auth/_login", json={"username": sim.username, "password": sim.password}
    )
    header, payload, signature = body["token"].split(".")
    forged = orjson.loads(base64.urlsafe_b64decode(payload + "=="))
    forged["exp"] += 10**6
    forged_payload = base64.urlsafe_b64encode(orjson.dumps(forged)).decode().rstrip("=")
    status, body, headers = await call(
        session, "GET", "/account", headers={"Authorization": f"Bearer {header}.{forged_payload}.{signature}"}
    )
    assert_error(status, body, headers, "root.unauthenticated", 401)


async def test_api_key_lifecycle(sim: ECESimulator, session: aiohttp.ClientSession) -> None:
    status, created, _ = await call(
        session, "POST", "/users/auth/keys", json={"description": "ci", "expiration": "1h"}
    )
    assert status == 201
    assert created["key"] and created["expiration_date"]
    key_auth = {"Authorization": f"ApiKey {created['key']}"}
    assert (await call(session, "GET", "/account", headers=key_auth))[0] == 200

    status, listed, _ = await call(session, "GET", "/users/auth/keys")
    assert status == 200
    assert {k["id"] for k in listed["keys"]} == {"sim-initial-key", created["id"]}
    assert all("key" not in k for k in listed["keys"])  # the secret is shown once, at creation
    status, one, _ = await call(session, "GET", f"/users/auth/keys/{created['id']}")
    assert status == 200 and one["description"] == "ci"

    sim.advance(3601)
    status, body, headers = await call(session, "GET", "/account", headers=key_auth)
    assert_error(status, body, headers, "root.unauthenticated", 401)

    assert (await call(session, "DELETE", f"/users/auth/keys/{created['id']}"))[0] == 200
    status, body, headers = await call(session, "GET", f"/users/auth/keys/{created['id']}")
    assert_error(status, body, headers, "api_keys.key_not_found", 404)

    _, other, _ = await call(session, "POST", "/users/auth/keys", json={"description": "bulk"})
    assert (await call(session, "DELETE", "/users/auth/keys", json={"keys": [other["id"]]}))[0] == 200
    status, body, headers = await call(
        session, "GET", "/account", headers={"Authorization": f"ApiKey {other['key']}"}
    )
    assert_error(status, body, headers, "root.unauthenticated", 401)


async def test_api_key_validation(session: aiohttp.ClientSession) -> None:
    for body in ({}, {"description": ""}, {"description": "x", "expiration": "forever"}):
        status, reply, headers = await call(session, "POST", "/users/auth/keys", json=body)
        assert_error(status, reply, headers, "api_keys.invalid_input", 400)


async def test_auth_methods_need_no_credentials(sim: ECESimulator) -> None:
    async with aiohttp.ClientSession(base_url=sim.url) as anonymous:
        status, body, _ = await call(anonymous, "GET", "/users/auth/methods")
    assert status == 200
    assert body["password"] is True
