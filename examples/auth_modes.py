"""Authentication: an API key, a bearer token you already hold, or a username and password.

Against the embedded simulator all three run. With ``ECE_URL`` set, the API key comes from
``ECE_API_KEY``; a token from ``ECE_TOKEN`` and a login from ``ECE_USERNAME``/``ECE_PASSWORD``
are tried when those are set::

    python examples/auth_modes.py
"""

from __future__ import annotations

import asyncio
import os

from _target import ece_target

from ece_async import ECEClient
from ece_async.models import LoginRequest


async def count_deployments(ece: ECEClient, mode: str) -> None:
    listing = await ece.deployments.list_deployments()
    print(f"{mode:18} sees {len(listing.deployments or [])} deployments")


async def main() -> None:
    async with ece_target() as target:
        url, api_key, ca_file = target.url, target.api_key, target.ca_file
        sim = target.simulator
        username = sim.username if sim else os.environ.get("ECE_USERNAME")
        password = sim.password if sim else os.environ.get("ECE_PASSWORD")
        token = os.environ.get("ECE_TOKEN")
        if sim:  # a token to hand in: what another service, or `POST /users/auth/_login`, gives you
            async with ECEClient(url, api_key=api_key) as ece:
                token = (await ece.authentication.login(body=LoginRequest(sim.username, sim.password))).token

        # --8<-- [start:auth]
        async with ECEClient(url, api_key=api_key, ca_file=ca_file) as ece:  # ApiKey ...
            await count_deployments(ece, "api key")
        if token:
            async with ECEClient(url, token=token, ca_file=ca_file) as ece:  # Bearer ..., refreshed
                await count_deployments(ece, "bearer token")
        if username and password:
            async with ECEClient(url, username=username, password=password, ca_file=ca_file) as ece:
                await count_deployments(ece, "username/password")  # logged in on first use
        # --8<-- [end:auth]


if __name__ == "__main__":
    asyncio.run(main())
