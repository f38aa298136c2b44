"""The transport-facing types (ece_codegen.runtime.types): UNSET, Request, Response, File."""

from __future__ import annotations

import pickle

from ece_codegen.runtime.types import UNSET, File, Request, Response, Unset


def test_unset_is_a_falsy_picklable_singleton() -> None:
    assert Unset() is UNSET and not UNSET and repr(UNSET) == "UNSET"
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_requests_compare_by_value_and_never_print_bodies() -> None:
    one = Request("PUT", "/a", "op", content=b"password=x", content_type="application/x-www-form-urlencoded")
    assert one == Request(
        "PUT", "/a", "op", content=b"password=x", content_type="application/x-www-form-urlencoded"
    )
    assert "password" not in repr(one) and "body=..." in repr(one)
    query = Request("GET", "/a", "op", params=(("access_token", "t0k3n"), ("size", "5")))
    assert repr(query) == "Request(GET /a [op], params=(('access_token', '***'), ('size', '5')))"
    assert "PK" not in repr(File(b"PK\x03\x04", "a.zip"))


def test_responses_expose_resource_metadata() -> None:
    response = Response(200, {"x-cloud-resource-version": "3"}, None)
    assert response.resource_version == "3" and response.resource_created is None
