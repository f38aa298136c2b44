"""Encoded response bodies kept for a while: a bounded cache, not a copy of every deployment.

Rendering a deployment costs ~100 us; keeping every rendered one costs ~15 KiB a deployment
(1.5 GiB at 100,000).  A search followed by a GET of each hit, or a client polling a few
deployments, reads recent bodies again, so the most recently used ones are kept; everything else
is rendered again on demand from the deployment's compact state.  Keys carry the deployment's
``revision``, so a changed deployment never gets a stale body.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

#: Bodies kept: a few search pages' worth (a 500-hit page is 500 bodies).
DEFAULT_ENTRIES = 1024


class BodyCache:
    """The last ``entries`` bodies rendered, by key; least recently used out first."""

    def __init__(self, entries: int = DEFAULT_ENTRIES) -> None:
        self.entries = entries
        self._bodies: OrderedDict[Hashable, bytes] = OrderedDict()

    def get(self, key: Hashable, render: Callable[[], bytes]) -> bytes:
        """The body for ``key``, rendered by ``render()`` when it is not kept."""
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
            return body
        body = render()
        self._bodies[key] = body
        if len(self._bodies) > self.entries:
            self._bodies.popitem(last=False)
        return body

    def __len__(self) -> int:
        return len(self._bodies)
