"""Building blocks: the simulated clock, the query DSL and sorting, the conformance checker."""

from __future__ import annotations

import pytest

from ece_async.testing.clock import SimClock
from ece_async.testing.conformance import problems
from ece_async.testing.search import (
    QueryError,
    compile_query,
    decode_cursor,
    doc_key,
    encode_cursor,
    parse_sort,
    position_after,
    sort_docs,
)


class FakeMonotonic:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_clock_speed_and_advance() -> None:
    mono = FakeMonotonic()
    clock = SimClock(start=1000.0, speed=2.0, real_clock=mono)
    assert clock.time() == 1000.0
    mono.t += 5
    assert clock.time() == 1010.0
    clock.speed = 0
    mono.t += 50
    assert clock.time() == 1010.0
    assert clock.advance(15) == 1025.0
    clock.speed = 1
    mono.t += 1
    assert clock.time() == 1026.0
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        SimClock(speed=-1)


DOCS = [
    {"id": ["a"], "name": ["logs-prod"], "healthy": [True], "size": [3], "tags": ["x", "y"]},
    {"id": ["b"], "name": ["logs-dev"], "healthy": [False], "size": [10]},
    {"id": ["c"], "name": ["metrics-prod"], "healthy": [True], "size": [7], "tags": ["y"]},
    {"id": ["d"], "name": ["logs"], "healthy": [True]},
]


def _ids(query: object) -> list[str]:
    predicate = compile_query(query)
    return [d["id"][0] for d in DOCS if predicate(d)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (None, ["a", "b", "c", "d"]),
        ({"match_none": {}}, []),
        ({"term": {"healthy": {"value": "false"}}}, ["b"]),
        ({"term": {"name.keyword": "logs"}}, ["d"]),
        ({"match": {"name": {"query": "prod metrics", "operator": "and"}}}, ["c"]),
        ({"match": {"name": {"query": "prod metrics"}}}, ["a", "c"]),
        ({"prefix": {"name": {"value": "LOGS-"}}}, ["a", "b"]),
        ({"exists": {"field": "tags"}}, ["a", "c"]),
        ({"range": {"size": {"gte": 3, "lt": 10}}}, ["a", "c"]),
        (
            {
                "bool": {
                    "should": [{"term": {"id": "a"}}, {"term": {"id": "b"}}],
                    "must_not": {"term": {"id": "b"}},
                }
            },
            ["a"],
        ),
        (
            {"bool": {"filter": [{"term": {"healthy": True}}], "should": [{"term": {"tags": "y"}}]}},
            ["a", "c", "d"],
        ),
        ({"nested": {"path": "tags", "query": {"term": {"tags": "x"}}}}, ["a"]),
        ({"query_string": {"query": "name:logs* AND healthy:true"}}, ["a", "d"]),
        ({"query_string": {"query": "metrics"}}, ["c"]),
        ({"simple_query_string": {"query": "dev", "fields": ["name"]}}, ["b"]),
    ],
)
def test_queries(query: object, expected: list[str]) -> None:
    assert _ids(query) == expected


@pytest.mark.parametrize("query", [{"fuzzy": {}}, {"term": {}}, {"a": {}, "b": {}}, {"exists": {}}, "text"])
def test_bad_queries(query: object) -> None:
    with pytest.raises(QueryError):
        compile_query(query)


def test_sorting_and_search_after() -> None:
    docs = [{"id": [str(i)], "name": [n]} for i, n in enumerate(["b", "abc", "ab", "c", "ab"])]
    spec = parse_sort([{"name": "desc"}], [])
    assert spec == [("name", True), ("id", False)]
    items, keys = sort_docs([(d["id"][0], doc_key(d, spec)) for d in docs])
    assert items == ["3", "0", "1", "2", "4"]  # c, b, abc, ab (id 2), ab (id 4)
    assert position_after(keys, spec, ["abc", "1"]) == 3
    assert position_after(keys, spec, ["ab", "2"]) == 4
    missing = parse_sort(["size"], [])
    items, _ = sort_docs([(d["id"][0], doc_key(d, missing)) for d in DOCS])
    assert items == ["a", "c", "b", "d"]  # missing values last
    with pytest.raises(QueryError):
        parse_sort([{"name": "sideways"}], [])


def test_cursor_round_trip() -> None:
    spec = parse_sort(None, [("name", True), ("id", False)])
    cursor = encode_cursor({"match_all": {}}, spec, 25, ["x", "y"])
    assert decode_cursor(cursor) == ({"match_all": {}}, spec, 25, ["x", "y"])
    for bad in ("%%%", "e30", encode_cursor(None, spec, 1, ["only-one"])[:-2]):
        with pytest.raises(QueryError):
            decode_cursor(bad)


def test_conformance_checker_finds_problems() -> None:
    found = problems("TokenResponse", {"token": 1, "extra": True, "session_expiration_time": None})
    assert found == [
        "$: keys the spec does not define for TokenResponse: ['extra']",
        "$.token: expected str, got int 1",
        "$.session_expiration_time: null",
    ]
    assert problems(
        "ClusterPlanStepInfo",
        {"step_id": "x", "started": "t", "status": "weird", "stage": "completed", "info_log": []},
    ) == ["$.status: <ClusterPlanStepInfoStatus.weird: 'weird'> is not a value of ClusterPlanStepInfoStatus"]
    assert problems("BasicFailedReply", []) == ["$: expected a JSON object for BasicFailedReply, got list"]
