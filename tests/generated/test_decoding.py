"""Tolerant, faithful decoding: real servers break the spec and nothing may be lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ece_async import MissingFieldError, models
from ece_async._generated import Model, OpenEnum

from .conftest import FIXTURES


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _sample_model(name: str) -> Any:
    if name == "deployment_template_list.json":
        return None
    if name == "deployment_template_get.json":
        return models.DeploymentTemplateInfoV2
    if name.endswith("_update.json"):
        return models.DeploymentUpdateRequest
    return models.DeploymentGetResponse


@pytest.mark.shared_spec
def test_every_real_sample_decodes_and_round_trips(samples_dir: Path) -> None:
    paths = sorted(samples_dir.glob("*.json"))
    deployment_gets = [p for p in paths if p.name.startswith("deployment_") and p.name.endswith("_get.json")]
    assert len(deployment_gets) >= 6
    for path in paths:
        data = _load(path)
        model = _sample_model(path.name)
        if model is None:
            items = [models.DeploymentTemplateInfoV2.from_dict(item) for item in data]
            assert [item.to_dict() for item in items] == data, path.name
            continue
        decoded = model.from_dict(data)
        assert isinstance(decoded, model)
        assert decoded.to_dict() == data, path.name


@pytest.mark.shared_spec
def test_deployment_samples_give_typed_nested_models(samples_dir: Path) -> None:
    for path in sorted(samples_dir.glob("deployment_*_get.json")):
        if "template" in path.name:
            continue
        deployment = models.DeploymentGetResponse.from_dict(_load(path))
        assert isinstance(deployment.resources, models.DeploymentResources)
        for resource in deployment.resources.elasticsearch or []:
            assert isinstance(resource, models.ElasticsearchResourceInfo)
            assert isinstance(resource.info, models.ElasticsearchClusterInfo)


def test_spec_breaking_payload_decodes_without_loss() -> None:
    data = _load(FIXTURES / "deployment_broken_get.json")
    deployment = models.DeploymentGetResponse.from_dict(data)

    with pytest.raises(MissingFieldError, match=r"^DeploymentGetResponse\.healthy: the server left out"):
        _ = deployment.healthy  # required by the spec (typed bool), omitted by the server
    assert deployment.settings is None  # explicit null kept as null (optional: typed ... | None)
    with pytest.raises(MissingFieldError, match=r"^DeploymentResources\.kibana: the server sent null"):
        _ = deployment.resources.kibana  # null where the spec says a required array
    assert deployment.additional_properties == {"x_added_by_a_newer_ece": {"anything": [1, 2, 3]}}

    es = deployment.resources.elasticsearch[0]
    status = es.info.status
    assert isinstance(status, models.ElasticsearchClusterInfoStatus)
    assert status.value == "hibernating" and not status.is_known
    assert es.info.additional_properties == {"some_future_flag": False}
    assert not hasattr(es.info.topology, "instances")
    assert not hasattr(deployment.resources.enterprise_search[0], "info")

    assert deployment.to_dict() == data


def test_known_enum_values_are_the_members() -> None:
    info = models.ElasticsearchClusterInfo.from_dict({"status": "started"})
    assert info.status is models.ElasticsearchClusterInfoStatus.STARTED
    assert info.status.is_known
    assert str(info.status) == "started"


def test_unexpected_json_types_are_kept_as_sent() -> None:
    data = {"resources": "not-an-object", "instance_configurations": {"not": "a list"}, "name": 42}
    deployment = models.DeploymentGetResponse.from_dict(data)
    assert deployment.resources == "not-an-object"
    assert deployment.name == 42
    assert deployment.to_dict() == data


def test_enum_value_of_wrong_type_is_kept() -> None:
    data = {"status": 7}
    assert models.ElasticsearchClusterInfo.from_dict(data).to_dict() == data


def test_from_dict_rejects_non_objects_clearly() -> None:
    with pytest.raises(TypeError, match=r"DeploymentGetResponse\.from_dict\(\) needs a JSON object"):
        models.DeploymentGetResponse.from_dict(["not", "an", "object"])  # type: ignore[arg-type]


def test_models_built_in_code_serialise_like_the_server_sends() -> None:
    request = models.SearchRequest(size=10, cursor="abc")
    assert request.to_dict() == {"size": 10, "cursor": "abc"}
    info = models.ElasticsearchClusterInfo.from_dict({})
    info.status = models.ElasticsearchClusterInfoStatus.STOPPED
    assert info.to_dict() == {"status": "stopped"}


def test_secrets_are_not_in_reprs() -> None:
    token = models.TokenResponse.from_dict({"token": "eyJhbGciOi.super.secret"})
    login = models.LoginRequest(username="admin", password="hunter2-password")
    assert "super.secret" not in repr(token)
    assert "hunter2" not in repr(login)
    assert login.to_dict() == {"username": "admin", "password": "hunter2-password"}


def test_open_enum_pseudo_members_compare_by_value() -> None:
    unknown = models.ElasticsearchClusterInfoStatus("hibernating")
    assert unknown == "hibernating"
    assert isinstance(unknown, OpenEnum)
    assert models.ElasticsearchClusterInfoStatus("started") is models.ElasticsearchClusterInfoStatus.STARTED


def test_lists_of_models_decode_through_the_cattrs_converter() -> None:
    from ece_async._generated import converter

    data = [{"id": "a", "name": "one", "extra": True}, {"id": "b"}]
    items = converter.structure(data, list[models.DeploymentTemplateInfoV2])
    assert all(isinstance(item, models.DeploymentTemplateInfoV2) for item in items)
    assert items[0].name == "one" and not hasattr(items[1], "name")  # required, left out
    assert converter.unstructure(items) == data


def _missing_required(value: Any, found: set[str]) -> None:
    """Collect ``Model.field`` for every required field of a decoded tree that raises on read."""
    import attrs

    if isinstance(value, list):
        for item in value:
            _missing_required(item, found)
        return
    if not isinstance(value, Model):
        return
    for field in attrs.fields(type(value)):
        try:
            child = getattr(value, field.name)
        except MissingFieldError as error:
            assert isinstance(value, getattr(models, error.model)) and error.field == field.name
            found.add(f"{error.model}.{error.field}")
            continue
        _missing_required(list(child.values()) if isinstance(child, dict) else child, found)


@pytest.mark.shared_spec
def test_no_real_sample_omits_a_field_typed_as_always_present(samples_dir: Path) -> None:
    """A field typed without ``Unset`` must be there on real servers, or mypy approves a read that raises."""
    found: set[str] = set()
    for path in sorted(samples_dir.glob("*.json")):
        data = _load(path)
        model = _sample_model(path.name) or models.DeploymentTemplateInfoV2
        for item in data if isinstance(data, list) else [data]:
            _missing_required(model.from_dict(item), found)
    assert sorted(found) == []


def test_the_readme_names_every_field_typed_optional_for_real_servers() -> None:
    """Users must learn from the README which spec-required fields they have to check for ``UNSET``."""
    from ece_codegen.fixups import REAL_PAYLOAD_OMISSIONS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("* **Required fields have honest types.**", 1)[1].split("\n* **", 1)[0]
    names = [f"{model}.{field}" for model, field in REAL_PAYLOAD_OMISSIONS]
    assert len(names) == 12
    assert [name for name in names if f"`{name}`" not in section] == []
