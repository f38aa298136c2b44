"""Listing everything: deployments page by page (cursor), allocators (``from``/``size``).

python examples/pagination.py
"""

from __future__ import annotations

import asyncio

from _target import ece_target

from ece_async import ECEClient
from ece_async.pagination import iter_allocators, iter_deployment_pages, iter_deployments


async def main() -> None:
    async with (
        ece_target(deployments=12) as target,
        ECEClient(target.url, api_key=target.api_key, ca_file=target.ca_file) as ece,
    ):
        # --8<-- [start:pages]
        async for d in iter_deployments(ece, page_size=5):  # one search request per 5 deployments
            print(d.id, d.name)
        async for allocator in iter_allocators(ece, page_size=100):
            print(allocator.allocator_id, allocator.zone_id, allocator.status and allocator.status.healthy)
        # --8<-- [end:pages]
        async for page in iter_deployment_pages(ece, page_size=5):  # the pages themselves
            print(f"page of {len(page.deployments or [])}, {page.match_count} in all")


if __name__ == "__main__":
    asyncio.run(main())
