"""Comments on resources, with optimistic locking through ``version``."""

from __future__ import annotations

from aiohttp import web

from ..._tolerant import RESOURCE_KINDS
from ..replies import ApiError, body_object, reply, resource_headers
from ..state import Comment
from ..util import iso, stable_int
from ..world import World, user_id, world
from .base import Route

_DEPLOYMENT_TYPES = ("deployment", "deployments")
_ALLOCATOR_TYPES = ("allocator", "allocators")


def _resource_exists(w: World, resource_type: str, resource_id: str) -> bool:
    if resource_type in _DEPLOYMENT_TYPES:
        return w.state.get(resource_id) is not None
    if resource_type in _ALLOCATOR_TYPES:
        return any(a.id == resource_id for a in w.state.allocators)
    if resource_type in RESOURCE_KINDS:
        index = w.state.caches.get("resource_ids")
        if index is None:
            index = w.state.caches["resource_ids"] = {
                (r.kind, r.id) for d in w.state.live() for r in d.resources
            }
        return (resource_type, resource_id) in index
    return False


def _thread(request: web.Request, must_exist: bool = True) -> dict[str, Comment]:
    w = world(request)
    key = (request.match_info["resource_type"], request.match_info["resource_id"])
    if must_exist and not _resource_exists(w, *key):
        raise ApiError(
            404, "comments.resource_does_not_exist", f"No {key[0]} resource with id [{key[1]}] exists"
        )
    return w.state.comments.setdefault(key, {})


def _comment(request: web.Request) -> tuple[dict[str, Comment], Comment]:
    thread = _thread(request, must_exist=False)
    comment_id = request.match_info["comment_id"]
    comment = thread.get(comment_id)
    if comment is None:
        raise ApiError(404, "comments.comment_does_not_exist", f"The comment [{comment_id}] does not exist")
    return thread, comment


def _headers(comment: Comment) -> dict[str, str]:
    return resource_headers(comment.version, iso(comment.created), iso(comment.modified))


def _json(comment: Comment) -> dict[str, str]:
    return {"id": comment.id, "user_id": comment.user_id, "message": comment.message}


def _check_owner_and_version(request: web.Request, comment: Comment) -> None:
    if comment.user_id != user_id(request):
        raise ApiError(401, "comments.unauthorised", "The comment does not belong to you")
    version = request.query.get("version")
    if version is not None and version != str(comment.version):
        raise ApiError(
            409,
            "comments.version_conflict",
            f"The version you sent [{version}] does not match the persisted version [{comment.version}]",
        )


async def _message(request: web.Request) -> str:
    body = await body_object(request)
    message = body.get("message")
    if not isinstance(message, str):
        raise ApiError(400, "root.invalid_data", "The comment [message] is required", ["message"])
    return message


async def list_comment(request: web.Request) -> web.StreamResponse:
    thread = _thread(request, must_exist=False)
    values = [
        {
            "comment": _json(c),
            "metadata": {
                "created_time": iso(c.created),
                "modified_time": iso(c.modified),
                "version": str(c.version),
            },
        }
        for c in sorted(thread.values(), key=lambda c: (c.created, c.id))
    ]
    return reply({"values": values})


async def create_comment(request: web.Request) -> web.StreamResponse:
    w = world(request)
    thread = _thread(request)
    message = await _message(request)
    now = w.clock.time()
    n = w.state.next_sequence()
    comment_id = f"{stable_int(w.seed, 'comment', n, now):08x}{n:08x}"
    comment = Comment(id=comment_id, user_id=user_id(request), message=message, created=now, modified=now)
    thread[comment_id] = comment
    return reply(_json(comment), status=201, headers=_headers(comment))


async def get_comment(request: web.Request) -> web.StreamResponse:
    _, comment = _comment(request)
    return reply(_json(comment), headers=_headers(comment))


async def update_comment(request: web.Request) -> web.StreamResponse:
    _, comment = _comment(request)
    _check_owner_and_version(request, comment)
    comment.message = await _message(request)
    comment.modified = world(request).clock.time()
    comment.version += 1
    return reply(_json(comment), headers=_headers(comment))


async def delete_comment(request: web.Request) -> web.StreamResponse:
    thread, comment = _comment(request)
    _check_owner_and_version(request, comment)
    del thread[comment.id]
    return reply({}, headers=_headers(comment))


ROUTES: list[Route] = [
    ("list-comment", list_comment),
    ("create-comment", create_comment),
    ("get-comment", get_comment),
    ("update-comment", update_comment),
    ("delete-comment", delete_comment),
]
