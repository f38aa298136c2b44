"""--where expressions and --ids files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ece_async.fleet import parse_where, read_ids
from ece_async.fleet.select import ids_query, search_deployments, search_ids, select

from .conftest import Connect
from .fake_ece import FakeDeployment, FakeECE


def hit(version: str = "8.14.3", name_index: int = 7) -> dict[str, object]:
    body = FakeDeployment(name_index, version, ("zone-1",), tags={"env": "prod"}).body()
    body["healthy"] = False
    return body


@pytest.mark.parametrize(
    ("expression", "matches"),
    [
        ("version<8.15", True),
        ("version>=8.14.3", True),
        ("version>8.14.3", False),
        ("version=8.14.*", True),
        ("name=dep-0000?", True),
        ("name!=dep-*", False),
        ("template=default", True),
        ("tag.env=prod", True),
        ("tag.env=dev", False),
        ("health=unhealthy", True),
        ("id=d00007*", True),
    ],
)
def test_where_matches_a_search_hit(expression: str, matches: bool) -> None:
    assert parse_where(expression).matches(hit()) is matches


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("colour=red", "unknown field"),
        ("name<b", "compares versions only"),
        ("health=meh", "healthy"),
        ("version", "expected FIELD=VALUE"),
    ],
)
def test_bad_where_says_what_is_wrong(expression: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_where(expression)


def test_ids_file_skips_comments_blanks_and_repeats(tmp_path: Path) -> None:
    path = tmp_path / "ids"
    path.write_text("a1\n\n# prod only\nb2  # the big one\na1\n")
    assert read_ids(path) == ["a1", "b2"]


async def test_a_server_capping_search_pages_below_the_size_asked_still_yields_every_deployment(
    connect: Connect,
) -> None:
    """ECE sends at most 100 deployments a page whatever ``size`` asks: a short page is not the end."""
    fake = FakeECE(23)
    fake.page_cap = 5
    ece = await connect(fake)
    hits = await select(ece)
    assert sorted(h["id"] for h in hits) == fake.ids()
    polled = await search_deployments(ece, ids_query(fake.ids()[3:21]))
    assert sorted(h["id"] for h in polled) == fake.ids()[3:21]


async def test_more_ids_than_a_search_takes_are_searched_in_batches(connect: Connect, tmp_path: Path) -> None:
    """A query of one clause per id stays under the server's 1024-clause limit: --ids of 2,100 works."""
    fake = FakeECE(2100)
    ece = await connect(fake)
    ids = fake.ids()
    path = tmp_path / "ids"
    path.write_text("\n".join(reversed(ids)))
    hits = await select(ece, ids=read_ids(path))
    assert [h["id"] for h in hits] == ids  # one search's order: by id
    assert fake.requests["POST /api/v1/deployments/_search"] >= 3
    polled = await search_ids(ece, ids[::2])
    assert [h["id"] for h in polled] == ids[::2]
