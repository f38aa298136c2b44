"""What users see of the generated layer: secrets kept out of reprs, nullable containers, docstrings."""

from __future__ import annotations

import importlib
import inspect

import attrs

from ece_async import UNSET, models
from ece_async._generated import OPERATIONS, generated_models
from ece_generated import types as generated_types
from ece_generated._convert import decode
from ece_generated._secrets import is_secret_field


def test_keystore_secret_values_stay_out_of_reprs() -> None:
    secret = models.KeystoreSecret(value="s3cr3t-value", as_file=False)
    assert "s3cr3t-value" not in repr(secret) and "as_file=False" in repr(secret)
    contents = models.KeystoreContents(
        secrets=models.KeystoreContentsSecrets(additional_properties={"s": secret})
    )
    assert "s3cr3t-value" not in repr(contents)
    lazy = decode("KeystoreSecret", {"value": {"nested": "s3cr3t-value"}, "as_file": True})
    assert "s3cr3t-value" not in repr(lazy) and "as_file=True" in repr(lazy)


def test_secret_fields_and_unknown_secret_keys_stay_out_of_reprs() -> None:
    shown = [
        repr(models.ClusterCredentials(username="elastic", password="pa55word")),
        repr(models.ContainersEntryOptionsAuth(scheme="digest", auth="digest-pa55word")),
        repr(models.TokenResponse(token="pa55word-jwt", session_expiration_time="2030-01-01T00:00:00Z")),
        repr(
            models.DeploymentGetResponse.from_dict(
                {"id": "d", "admin_password": "pa55word", "other": [{"api_key": "pa55word"}]}
            )
        ),
    ]
    for text in shown:
        assert "pa55word" not in text, text
    assert "elastic" in shown[0] and "id='d'" in shown[3]


def test_every_model_field_follows_the_one_secret_rule() -> None:
    hidden = 0
    for name in generated_models.__all__:
        cls = getattr(generated_models, name)
        if not attrs.has(cls):
            continue
        description = inspect.getdoc(cls) or ""
        for field in attrs.fields(cls):
            if field.name == "additional_properties":
                assert field.repr is not True, name
                continue
            json_key = next(key for attr, key, _ in cls.__ece_fields__ if attr == field.name)
            secret = is_secret_field(json_key, name, description.split("\n\n")[0].replace("\n", " "))
            assert (field.repr is False) == secret, (name, field.name)
            hidden += secret
    assert hidden >= 30


def test_unset_is_importable_from_ece_async_and_containers_take_none() -> None:
    assert UNSET is generated_types.UNSET
    resources = models.DeploymentCreateResources(elasticsearch=[], kibana=None)
    assert resources.to_dict() == {"elasticsearch": [], "kibana": None}
    for field in ("kibana", "apm", "integrations_server", "enterprise_search"):
        assert str(attrs.fields_dict(models.DeploymentCreateResources)[field].type).endswith("| Unset | None")


def test_api_methods_document_summary_arguments_return_and_errors() -> None:
    from ece_generated.api.deployments import DeploymentsApi

    doc = inspect.getdoc(DeploymentsApi.get_deployment) or ""
    assert doc.startswith("Get Deployment\n\nRetrieves information about a Deployment.")
    assert "deployment_id: Identifier for the Deployment" in doc
    assert "show_plans: Whether to include the full current and pending plan information" in doc
    assert "Returns:\n    DeploymentGetResponse: 200: The Deployment info response" in doc
    assert "404 [deployments.deployment_not_found]: The Deployment specified by {deployment_id} cannot" in doc
    assert "arguments are documented on" not in doc


def test_every_api_method_documents_each_of_its_arguments() -> None:
    for operation_id, (tag, name, method, path) in OPERATIONS.items():
        namespace = importlib.import_module(f"ece_generated.api.{tag}")
        api = next(v for k, v in vars(namespace).items() if k.endswith("Api") and isinstance(v, type))
        function = getattr(api, name)
        doc = inspect.getdoc(function) or ""
        assert f"``{method} {path}`` (operationId ``{operation_id}``)" in doc, operation_id
        assert "\nReturns:\n" in doc, operation_id
        for argument in list(inspect.signature(function).parameters)[1:]:
            assert f"\n    {argument}: " in doc, (operation_id, argument)
