"""The model hub: the GGUF header reader, folder hashes, the registry, and refusal at load."""

from __future__ import annotations

import hashlib
import json
import os
import struct

import pytest

from assistant import hub as hub_module
from assistant.errors import (
    ModelHubError,
    ModelIntegrityError,
    ModelNotFoundError,
    SettingsError,
)
from assistant.gguf import GGUFError, read_gguf
from assistant.hub import ModelHub, model_digest
from assistant.state import Database
from tests.conftest import make_settings

STRING, ARRAY, UINT32, FLOAT32, BOOL = 8, 9, 4, 6, 7


def gguf_value(value: object) -> tuple[int, bytes]:
    if isinstance(value, bool):
        return BOOL, struct.pack("<?", value)
    if isinstance(value, int):
        return UINT32, struct.pack("<I", value)
    if isinstance(value, float):
        return FLOAT32, struct.pack("<f", value)
    if isinstance(value, str):
        return STRING, struct.pack("<Q", len(value.encode())) + value.encode()
    items = [gguf_value(v) for v in value]
    return ARRAY, struct.pack("<IQ", items[0][0], len(items)) + b"".join(i[1] for i in items)


def write_gguf(path, metadata: dict, payload: bytes = b"\x00" * 64) -> None:
    """A GGUF v3 header with `metadata` and no tensors, as the spec lays it out, then some payload bytes."""
    body = [b"GGUF", struct.pack("<IQQ", 3, 0, len(metadata))]
    for key, value in metadata.items():
        vtype, data = gguf_value(value)
        body += [struct.pack("<Q", len(key)), key.encode(), struct.pack("<I", vtype), data]
    path.write_bytes(b"".join(body) + payload)


TINY = {
    "general.architecture": "llama",
    "general.name": "Tiny Test",
    "general.license": "apache-2.0",
    "general.file_type": 3,
    "llama.context_length": 2048,
    "llama.rope.freq_base": 10000.0,
    "tokenizer.chat_template": "{% for m in messages %}{{ m.content }}{% endfor %}",
    "tokenizer.ggml.tokens": [f"tok{i}" for i in range(500)],
    "tokenizer.ggml.add_bos_token": True,
}


@pytest.fixture
def gguf(tmp_path):
    path = tmp_path / "Tiny-Test.Q4_1.gguf"
    write_gguf(path, TINY)
    return path


@pytest.fixture
def hub(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'state.db'}")
    db.migrate()
    yield ModelHub(db)
    db.close()


def st_folder(root, files: dict[str, str] | None = None):
    root.mkdir(parents=True)
    (root / "modules.json").write_text(json.dumps([{"idx": 0, "path": "", "type": "Transformer"}]))
    (root / "config.json").write_text(json.dumps({"architectures": ["BertModel"], "torch_dtype": "float32"}))
    (root / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 256}))
    (root / "README.md").write_text("---\nlicense: mit\ntags: [x]\n---\n# a model\n")
    for name, text in (files or {}).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def touch_later(path) -> None:
    """Move the mtime on, as any real edit does: the per-process hash cache keys on it."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def flip_byte(path, offset: int = -1) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    touch_later(path)


# --- the GGUF header -------------------------------------------------------------------------------

def test_gguf_header_gives_what_the_hub_records(gguf):
    info = read_gguf(gguf)
    assert (info.version, info.tensor_count) == (3, 0)
    assert info.name == "Tiny Test" and info.architecture == "llama"
    assert info.quantization == "Q4_1"
    assert info.context_length == 2048
    assert info.chat_template.startswith("{% for m in messages")
    assert info.license == "apache-2.0"
    assert info.metadata["tokenizer.ggml.add_bos_token"] is True
    assert info.metadata["llama.rope.freq_base"] == pytest.approx(10000.0)
    # The vocabulary is skipped, not decoded.
    assert "tokenizer.ggml.tokens" not in info.metadata


@pytest.mark.parametrize("content, message", [
    (b"PK\x03\x04 not a gguf", "not a GGUF file"),
    (b"GGUF\x03\x00\x00\x00\x00", "ends early"),
    (b"GGUF\x01\x00\x00\x00" + b"\x00" * 16, "version 1 is too old"),
])
def test_bad_gguf_headers_are_named(tmp_path, content, message):
    path = tmp_path / "bad.gguf"
    path.write_bytes(content)
    with pytest.raises(GGUFError, match=message) as exc:
        read_gguf(path)
    assert str(path) in str(exc.value)


def test_a_truncated_metadata_value_is_reported(tmp_path, gguf):
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(gguf.read_bytes()[:200])
    with pytest.raises(GGUFError, match="truncated"):
        read_gguf(cut)


def test_unknown_file_type_is_shown_by_number(tmp_path):
    path = tmp_path / "odd.gguf"
    write_gguf(path, {"general.architecture": "x", "general.file_type": 999})
    assert read_gguf(path).quantization == "type 999"


# --- hashes ----------------------------------------------------------------------------------------

def test_file_hash_is_the_sha256_of_its_bytes(gguf):
    assert model_digest(gguf) == (hashlib.sha256(gguf.read_bytes()).hexdigest(), gguf.stat().st_size)


def test_folder_hash_covers_names_and_contents_in_a_stable_order(tmp_path):
    a = st_folder(tmp_path / "a", {"w/b.bin": "B", "w/a.bin": "A"})
    b = st_folder(tmp_path / "b", {"w/a.bin": "A", "w/b.bin": "B"})
    digest, size = model_digest(a)
    assert model_digest(b) == (digest, size)
    assert size == sum(p.stat().st_size for p in a.rglob("*") if p.is_file())
    (b / "__pycache__").mkdir()
    (b / "__pycache__" / "x.pyc").write_bytes(b"cache")
    assert model_digest(b)[0] == digest
    (b / "w" / "b.bin").rename(b / "w" / "c.bin")
    assert model_digest(b)[0] != digest
    (a / "w" / "a.bin").write_text("changed")
    touch_later(a / "w" / "a.bin")
    assert model_digest(a)[0] != digest


def test_a_file_is_hashed_once_per_process_until_it_changes(gguf, monkeypatch):
    calls = []
    real = hashlib.file_digest

    def counting(f, name):
        calls.append(name)
        return real(f, name)

    monkeypatch.setattr(hub_module.hashlib, "file_digest", counting)
    first = model_digest(gguf)
    assert model_digest(gguf) == first and len(calls) == 1
    assert model_digest(gguf, fresh=True) == first and len(calls) == 2
    flip_byte(gguf)
    assert model_digest(gguf) != first and len(calls) == 3


# --- the registry ----------------------------------------------------------------------------------

def test_add_a_gguf_reads_its_header_and_hashes_it(hub, gguf):
    m = hub.add(str(gguf))
    assert m.name == "tiny-test-q4_1" and m.kind == "llm"
    assert (m.quantization, m.context_length, m.licence, m.origin) == ("Q4_1", 2048, "apache-2.0", "path")
    assert m.chat_template == TINY["tokenizer.chat_template"]
    assert m.path == str(gguf.resolve()) and m.size_bytes == gguf.stat().st_size
    assert m.sha256 == hashlib.sha256(gguf.read_bytes()).hexdigest() and m.status == "ok"
    assert [x.name for x in hub.list()] == ["tiny-test-q4_1"]


@pytest.mark.parametrize("files, kind, licence", [
    ({"modules.json": "[]", "README.md": "---\nlicense: apache-2.0\n---\n"}, "embedding", "apache-2.0"),
    ({"config_sentence_transformers.json": "{}"}, "embedding", ""),
    ({"config.json": json.dumps({"architectures": ["BertForSequenceClassification"]})}, "reranker", ""),
    ({"meta.json": json.dumps({"lang": "en", "name": "tiny_ner", "pipeline": ["ner"], "license": "MIT"}),
      "config.cfg": "[nlp]\n"}, "ner", "MIT"),
])
def test_model_folders_are_told_apart(hub, tmp_path, files, kind, licence):
    folder = tmp_path / "my-model"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    m = hub.add(str(folder))
    assert (m.kind, m.licence) == (kind, licence)
    assert m.name == ("en_tiny_ner" if kind == "ner" else "my-model")


def test_an_installed_package_is_found_without_importing_it(hub, tmp_path, monkeypatch):
    site = tmp_path / "site"
    pkg = site / "tiny_llm_pkg"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("raise RuntimeError('the hub must not import model packages')\n")
    write_gguf(pkg / "Tiny-Test.Q4_1.gguf", {**TINY, "general.license": ""})
    meta = site / "tiny_llm_pkg-1.2.3.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: tiny-llm-pkg\nVersion: 1.2.3\n"
                                   "Classifier: License :: OSI Approved :: MIT License\n")
    monkeypatch.syspath_prepend(str(site))
    m = hub.add("tiny-llm-pkg")
    assert (m.name, m.kind, m.origin, m.licence) == ("tiny-test-q4_1", "llm", "tiny-llm-pkg 1.2.3", "MIT License")
    assert m.path == str((pkg / "Tiny-Test.Q4_1.gguf").resolve())


def test_clear_errors_for_duplicates_and_missing_paths(hub, gguf, tmp_path):
    hub.add(str(gguf), name="tiny")
    with pytest.raises(ModelHubError, match="a model named 'tiny' is already in the hub"):
        hub.add(str(tmp_path), name="tiny", kind="llm")
    with pytest.raises(ModelHubError, match="already in the hub as 'tiny'"):
        hub.add(str(gguf), name="other")
    with pytest.raises(ModelNotFoundError, match="/nope/model.gguf does not exist"):
        hub.add("/nope/model.gguf")
    with pytest.raises(ModelNotFoundError, match="'no-such-model-pkg' is neither a file or folder here nor an installed"):
        hub.add("no-such-model-pkg")
    with pytest.raises(ModelHubError, match="cannot be a hub name"):
        hub.add(str(gguf.parent), name="../x", kind="llm")
    with pytest.raises(ModelHubError, match="unknown kind 'vision'"):
        hub.add(str(gguf), kind="vision")


def test_an_unrecognized_file_needs_a_kind(hub, tmp_path):
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"\x01" * 10)
    with pytest.raises(ModelHubError, match="give --kind"):
        hub.add(str(weights))
    assert hub.add(str(weights), kind="reranker").name == "weights"


def test_remove_forgets_and_leaves_the_files(hub, gguf):
    hub.add(str(gguf), name="tiny")
    assert hub.remove("tiny").name == "tiny" and hub.list() == [] and gguf.exists()
    with pytest.raises(ModelNotFoundError, match="no model named 'tiny'"):
        hub.remove("tiny")


def test_verify_records_changed_and_missing(hub, gguf, tmp_path):
    folder = st_folder(tmp_path / "st", {"weights.bin": "w"})
    hub.add(str(gguf), name="tiny")
    hub.add(str(folder), name="st")
    assert {v.name: v.status for v in hub.verify()} == {"tiny": "ok", "st": "ok"}
    flip_byte(gguf)
    (folder / "weights.bin").unlink()
    report = {v.name: v for v in hub.verify()}
    assert report["tiny"].status == "changed" and report["tiny"].found != report["tiny"].expected
    assert report["st"].status == "changed"
    folder.rename(tmp_path / "elsewhere")
    assert hub.verify("st")[0].status == "missing" and hub.verify("st")[0].found == ""
    assert {m.name: m.status for m in hub.list()} == {"tiny": "changed", "st": "missing"}
    with pytest.raises(ModelNotFoundError, match="no model named 'nope'"):
        hub.verify("nope")


# --- settings and refusal at load ------------------------------------------------------------------

def test_hub_names_in_settings_become_paths(hub, gguf, tmp_path):
    folder = st_folder(tmp_path / "st")
    hub.add(str(gguf), name="tiny")
    hub.add(str(folder), name="mini")
    settings = make_settings(tmp_path / "data", embedding={"model": "mini"}, llm={
        "llama_cpp": {"model_path": "tiny"},
        "providers": [{"name": "own", "kind": "llama_cpp", "llama_cpp": {"model_path": "tiny"}},
                      {"name": "shared", "kind": "llama_cpp"}],
    })
    applied = hub.apply(settings)
    assert applied.embedding.model == str(folder.resolve())
    assert applied.llm.llama_cpp.model_path == str(gguf.resolve())
    assert applied.llm.providers[0].llama_cpp.model_path == str(gguf.resolve())
    # The settings given are left as they were.
    assert settings.embedding.model == "mini" and settings.llm.llama_cpp.model_path == "tiny"


def test_a_spacy_hub_name_in_the_pii_guard_becomes_its_path(hub, tmp_path):
    folder = tmp_path / "ner"
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps({"lang": "en", "name": "x", "pipeline": ["ner"]}))
    (folder / "config.cfg").write_text("[nlp]\n")
    hub.add(str(folder), name="my-ner")
    settings = make_settings(tmp_path / "data", guards={"boundary": [
        {"name": "pii", "kind": "pii", "options": {"spacy_model": "my-ner"}}]})
    assert hub.apply(settings).guards.boundary[0].options["spacy_model"] == str(folder.resolve())


def test_a_hub_name_of_the_wrong_kind_is_a_settings_error(hub, gguf, tmp_path):
    hub.add(str(gguf), name="tiny")
    with pytest.raises(SettingsError, match="embedding.model: 'tiny' is a llm model in the hub"):
        hub.apply(make_settings(tmp_path / "data", embedding={"model": "tiny"}))


def test_a_tampered_model_is_refused_at_load(hub, gguf, tmp_path):
    hub.add(str(gguf), name="tiny")
    expected = hashlib.sha256(gguf.read_bytes()).hexdigest()
    flip_byte(gguf)
    found = hashlib.sha256(gguf.read_bytes()).hexdigest()
    for model_path in ("tiny", str(gguf)):  # by hub name, and by a plain path the hub knows
        settings = make_settings(tmp_path / "data", llm={"llama_cpp": {"model_path": model_path}})
        with pytest.raises(ModelIntegrityError) as exc:
            hub.apply(settings)
        message = str(exc.value)
        assert "model 'tiny' (llm)" in message and str(gguf.resolve()) in message
        assert f"expected {expected}, found {found}" in message
        assert "assistant models verify" in message and "assistant models add" in message
    assert hub.get("tiny").status == "changed"


def test_a_vanished_model_is_refused_with_its_path(hub, gguf, tmp_path):
    hub.add(str(gguf), name="tiny")
    gguf.unlink()
    with pytest.raises(ModelNotFoundError, match=r"model 'tiny' \(llm\) is registered at .*, which no longer exists"):
        hub.apply(make_settings(tmp_path / "data", llm={"llama_cpp": {"model_path": "tiny"}}))
    assert hub.get("tiny").status == "missing"


def test_models_outside_the_hub_and_unused_sections_are_left_alone(hub, gguf, tmp_path):
    hub.add(str(gguf), name="tiny")
    other = tmp_path / "other.gguf"
    write_gguf(other, TINY)
    flip_byte(gguf)
    # A remote provider does not load llm.llama_cpp, so its tampered model does not matter here.
    remote = make_settings(tmp_path / "data", llm={"provider": "openai_compatible", "llama_cpp": {"model_path": "tiny"}})
    assert hub.apply(remote).llm.llama_cpp.model_path == "tiny"
    local = make_settings(tmp_path / "data", llm={"llama_cpp": {"model_path": str(other)}})
    assert hub.apply(local).llm.llama_cpp.model_path == str(other)


def test_a_restored_model_loads_again_and_is_marked_ok(hub, gguf, tmp_path):
    hub.add(str(gguf), name="tiny")
    original = gguf.read_bytes()
    flip_byte(gguf)
    settings = make_settings(tmp_path / "data", llm={"llama_cpp": {"model_path": "tiny"}})
    with pytest.raises(ModelIntegrityError):
        hub.apply(settings)
    gguf.write_bytes(original)
    touch_later(gguf)
    assert hub.apply(settings).llm.llama_cpp.model_path == str(gguf.resolve())
    assert hub.get("tiny").status == "ok"


def test_defaults_are_registered_only_into_an_empty_hub(hub, gguf, monkeypatch):
    monkeypatch.setattr(hub_module, "default_models", lambda: [("tiny", str(gguf)), ("gone", "no-such-model-pkg")])
    assert [m.name for m in hub.ensure_defaults()] == ["tiny"]
    hub.remove("tiny")
    hub.add(str(gguf), name="mine")
    assert hub.ensure_defaults() == [] and [m.name for m in hub.list()] == ["mine"]


def test_an_impossible_array_length_is_a_corrupt_header(tmp_path):
    key = b"tokenizer.ggml.scores"
    body = [b"GGUF", struct.pack("<IQQ", 3, 0, 1), struct.pack("<Q", len(key)), key,
            struct.pack("<I", ARRAY), struct.pack("<IQ", 10, 2**62)]  # 2**62 UINT64 values
    path = tmp_path / "broken.gguf"
    path.write_bytes(b"".join(body))
    with pytest.raises(GGUFError, match="larger than any file"):
        read_gguf(path)


def test_a_package_reached_through_a_symbolic_link_is_still_checked(hub, gguf, tmp_path):
    link = tmp_path / "linked"
    link.symlink_to(gguf.parent, target_is_directory=True)
    hub.add(str(link / gguf.name), name="tiny")
    settings = make_settings(tmp_path / "data2", llm={"llama_cpp": {"model_path": str(gguf)}})
    flip_byte(gguf)
    touch_later(gguf)
    with pytest.raises(ModelIntegrityError):
        hub.apply(settings)
