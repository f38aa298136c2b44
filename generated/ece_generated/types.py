# Copied verbatim from swagger/ece_codegen/runtime/types.py by `make generate`: edit that file, not this copy.
"""Transport-facing types shared by every generated operation.

The generated layer never performs I/O itself: each operation builds a
:class:`Request` and hands it, with its pure response parser, to whatever
implements :class:`Transport` (the ``ece_async`` facade, or a test double).
That keeps request building and response parsing unit-testable without a
network, and keeps httpx (the stock generator's choice) out of the runtime.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, Literal, Protocol, TypeVar

from ._secrets import MASK, is_secret_name

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Unset:
    """Marks a field or argument the caller (or the server) did not provide.

    Distinct from ``None``: ECE servers send explicit nulls, and a
    read-modify-write must send back exactly what it received.
    """

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class File:
    """One part of a multipart upload (``multipart/form-data`` operations)."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: bytes, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r}, {len(self.payload)} bytes)"


class Request:
    """Everything needed to send one operation, already serialised.

    ``path`` is relative to the API root (``/api/v1``) with path parameters
    percent-quoted; ``params`` holds query parameters as strings in the form
    ECE expects (booleans as ``true``/``false``, arrays by their
    ``collectionFormat``); see :mod:`._encode`.  At most one of ``json`` (a
    JSON-ready value, or :data:`UNSET` for no body), ``content`` (raw bytes
    of ``content_type``: text payloads, form-urlencoded fields) or ``files``
    (multipart parts) carries the body.  A plain slotted class: one is built
    per call.
    """

    __slots__ = (
        "content",
        "content_type",
        "files",
        "headers",
        "json",
        "method",
        "operation_id",
        "params",
        "path",
    )

    def __init__(
        self,
        method: str,
        path: str,
        operation_id: str,
        params: tuple[tuple[str, str], ...] = (),
        headers: tuple[tuple[str, str], ...] = (),
        json: Any = UNSET,
        content: bytes | None = None,
        content_type: str | None = None,
        files: tuple[tuple[str, File], ...] = (),
    ) -> None:
        self.method = method
        self.path = path
        self.operation_id = operation_id
        self.params = params
        self.headers = headers
        self.json = json
        self.content = content
        self.content_type = content_type
        self.files = files

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Request) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        body = "" if self.json is UNSET and self.content is None and not self.files else ", body=..."
        params = tuple((name, MASK if is_secret_name(name) else value) for name, value in self.params)
        return f"Request({self.method} {self.path} [{self.operation_id}], params={params!r}{body})"


class Response(Generic[T_co]):
    """A parsed response plus the metadata ECE puts in headers."""

    __slots__ = ("headers", "parsed", "status")

    def __init__(self, status: int, headers: Mapping[str, str], parsed: T_co) -> None:
        self.status = status
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status={self.status}, parsed={type(self.parsed).__name__})"

    @property
    def resource_version(self) -> str | None:
        """``x-cloud-resource-version``: pass it back as ``version`` for optimistic locking."""
        return self.headers.get("x-cloud-resource-version")

    @property
    def resource_created(self) -> str | None:
        """``x-cloud-resource-created``, when the server sends it."""
        return self.headers.get("x-cloud-resource-created")

    @property
    def resource_last_modified(self) -> str | None:
        """``x-cloud-resource-last-modified``, when the server sends it."""
        return self.headers.get("x-cloud-resource-last-modified")


Parser = Callable[[int, Any], T]


class Transport(Protocol):
    """What the generated operations need from an HTTP stack.

    ``send`` must decode the body (JSON, or text for non-JSON media types),
    call ``parse(status, decoded)`` for successful responses and raise for
    unsuccessful ones.
    """

    async def send(self, request: Request, parse: Parser[T]) -> Response[T]: ...


__all__ = ["UNSET", "File", "Parser", "Request", "Response", "Transport", "Unset"]
