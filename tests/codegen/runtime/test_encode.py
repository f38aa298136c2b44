"""The runtime's one wire encoder (ece_codegen.runtime._encode), tested as the module itself."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator
from typing import Any

import pytest

from ece_codegen.runtime import _encode
from ece_codegen.runtime._encode import (
    EncodeError,
    encode_query,
    form_body,
    header_value,
    multipart_parts,
    param_text,
    path_segment,
    query_array,
)
from ece_codegen.runtime.types import UNSET, File


class Kind(str, enum.Enum):
    ES = "elasticsearch"


class Level(enum.IntEnum):
    HIGH = 3


class Text(str):
    def __str__(self) -> str:
        return "not what was passed"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("a b", "a b"),
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (-12, "-12"),
        (1.5, "1.5"),
        (Kind.ES, "elasticsearch"),
        (Level.HIGH, "3"),
        (Text("raw"), "raw"),
    ],
)
def test_scalars_become_the_text_ece_expects(value: Any, text: str) -> None:
    assert param_text("p", value) == text


@pytest.mark.parametrize(
    "value",
    [None, b"bytes", {"a": 1}, {"a"}, ["a"], object(), datetime.date(2024, 1, 1), float("nan"), float("inf")],
)
def test_values_without_a_wire_form_are_refused_naming_the_parameter_not_the_value(value: Any) -> None:
    with pytest.raises(EncodeError) as excinfo:
        param_text("api_key", value)
    message = str(excinfo.value)
    assert message.startswith("api_key: ")
    assert repr(value) not in message or value is None
    assert isinstance(excinfo.value, TypeError) and isinstance(excinfo.value, ValueError)


def test_path_segments_are_one_quoted_segment() -> None:
    assert path_segment("id", "a/b?c#d%e f") == "a%2Fb%3Fc%23d%25e%20f"
    assert path_segment("id", "é") == "%C3%A9"
    assert path_segment("id", "...") == "..."
    assert path_segment("id", ".hidden") == ".hidden"
    assert path_segment("id", Kind.ES) == "elasticsearch"


@pytest.mark.parametrize("value", ["", ".", "..", [], ["."], [".."]])
def test_dot_and_empty_segments_never_reach_the_wire(value: Any) -> None:
    fmt = "csv" if isinstance(value, list) else None
    with pytest.raises(EncodeError, match=r"ref_id: a path parameter cannot be"):
        path_segment("ref_id", value, fmt)


@pytest.mark.parametrize(
    ("fmt", "segment"),
    [("csv", "i-1,i%2C2"), ("ssv", "i-1%20i%2C2"), ("tsv", "i-1%09i%2C2"), ("pipes", "i-1%7Ci%2C2")],
)
def test_array_path_segments_follow_their_collection_format(fmt: str, segment: str) -> None:
    assert path_segment("instance_ids", ["i-1", "i,2"], fmt) == segment
    assert path_segment("instance_ids", ("i-1", "i,2"), fmt) == segment


def test_a_lone_value_for_an_array_is_one_item_and_other_shapes_are_refused() -> None:
    assert path_segment("instance_ids", "i-1", "csv") == "i-1"
    assert query_array("ids", "a", "multi") == [("ids", "a")]
    for value in ({"i-1"}, {"a": 1}, b"ab", (i for i in "ab")):
        with pytest.raises(EncodeError, match=r"ids: cannot send a value of type .* as an array"):
            query_array("ids", value, "csv")
    with pytest.raises(EncodeError, match="collectionFormat 'multi' cannot join"):
        path_segment("ids", ["a"], "multi")


def test_query_arrays_repeat_for_multi_and_join_otherwise() -> None:
    assert query_array("zone", ["a", "b"], "multi") == [("zone", "a"), ("zone", "b")]
    assert query_array("zone", ["a", "b"], "csv") == [("zone", "a,b")]
    assert query_array("zone", ["a", "b"], "ssv") == [("zone", "a b")]
    assert query_array("zone", ["a", "b"], "pipes") == [("zone", "a|b")]
    assert query_array("zone", [True, 3], "csv") == [("zone", "true,3")]
    assert query_array("zone", [], "multi") == []


def test_header_values_cannot_carry_line_breaks() -> None:
    assert header_value("X-Management-Request", True) == "true"
    assert header_value("X-Ids", ["a", "b"], "csv") == "a,b"
    for text in ("a\r\nX-Evil: 1", "a\nb", "a\x00", "a\x0bb", "a\x1b", "a\x7f"):
        with pytest.raises(EncodeError, match="X-Trace: a header value cannot contain a line break, NUL or"):
            header_value("X-Trace", text)
    assert header_value("X-Trace", "a\tb é") == "a\tb é"


class FormModel:
    """The shape of a generated model, as the encoders see it."""

    __ece_fields__ = (
        ("saml_response", "SAMLResponse", None),
        ("relay_state", "RelayState", None),
        ("scopes", "scopes", None),
        ("flag", "flag", None),
        ("archive", "archive", None),
    )

    def __init__(self, **values: Any) -> None:
        for attr, _, _ in self.__ece_fields__:
            setattr(self, attr, values.pop(attr, UNSET))
        self.additional_properties = values


def test_form_bodies_are_url_encoded_fields() -> None:
    body = FormModel(saml_response="PHNh bWw+/=", relay_state=None, scopes=["a", "b"], flag=False, extra="x")
    assert form_body(body) == b"SAMLResponse=PHNh+bWw%2B%2F%3D&scopes=a%2Cb&flag=false&extra=x"
    assert (
        form_body(body, {"scopes": "multi"})
        == b"SAMLResponse=PHNh+bWw%2B%2F%3D&scopes=a&scopes=b&flag=false&extra=x"
    )
    with pytest.raises(EncodeError, match=r"RelayState: cannot send a value of type dict"):
        form_body(FormModel(relay_state={"a": 1}))


def test_multipart_parts_keep_files_and_send_other_fields_as_text() -> None:
    archive = File(b"PK\x03\x04", "ext.zip", "application/zip")
    parts = multipart_parts(
        FormModel(relay_state="r", archive=archive, flag=True, scopes=["a", "b"]), {"scopes": "multi"}
    )
    assert [(name, part.payload) for name, part in parts] == [
        ("RelayState", b"r"),
        ("scopes", b"a"),
        ("scopes", b"b"),
        ("flag", b"true"),
        ("archive", b"PK\x03\x04"),
    ]
    assert parts[-1][1] is archive


def test_raw_query_parameters_drop_none_and_repeat_lists() -> None:
    assert encode_query(None) == () and encode_query({}) == ()
    assert encode_query({"a": True, "b": None, "c": UNSET, "d": [1, None, "x"], "e": (Kind.ES,)}) == (
        ("a", "true"),
        ("d", "1"),
        ("d", "x"),
        ("e", "elasticsearch"),
    )
    assert encode_query([("a", 1), ("a", 2)]) == (("a", "1"), ("a", "2"))
    with pytest.raises(EncodeError, match="q: cannot send a value of type bytes"):
        encode_query({"q": b"x"})
    with pytest.raises(EncodeError, match="query parameter names must be str"):
        encode_query([(1, "x")])


class FacadeError(EncodeError):
    pass


@pytest.fixture
def facade_error() -> Iterator[type[EncodeError]]:
    _encode.use_error_class(FacadeError)
    try:
        yield FacadeError
    finally:
        _encode.use_error_class(EncodeError)


def test_a_facade_registers_its_own_error_class(facade_error: type[EncodeError]) -> None:
    with pytest.raises(facade_error):
        path_segment("id", "..")
    with pytest.raises(TypeError, match="not a subclass of EncodeError"):
        _encode.use_error_class(ValueError)  # type: ignore[arg-type]
