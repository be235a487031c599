"""Versioned prompt templates from configs/prompts/, and the split of traffic between versions.

`<name>.yaml` holds a template's current version; other versions live beside it as `<name>@<version>.yaml`.
A reference is `name` (whatever `<name>.yaml` holds) or `name@version` (the file of that version, or
`<name>.yaml` when that is the version it holds). Each file states its own name and version, and they must
match the reference, so an answer's recorded `name@version` always names the text that produced it.
"""

from __future__ import annotations

import hashlib
import re
import string
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import SettingsError


class PromptTemplate(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    version: int = Field(ge=1)
    variables: list[str]
    system: str
    user: str

    def render(self, **values: str) -> tuple[str, str]:
        missing = set(self.variables) - values.keys()
        if missing:
            raise SettingsError(f"prompt {self.name!r} v{self.version}: missing values for {sorted(missing)}")
        # Substitute in one pass so braces inside the values (document text) are never expanded.
        fmt = string.Formatter()
        out = []
        for template in (self.system, self.user):
            parts = []
            for literal, field_name, _spec, _conv in fmt.parse(template):
                parts.append(literal)
                if field_name is not None:
                    parts.append(values[field_name])
            out.append("".join(parts).strip())
        return out[0], out[1]


def load_prompt(config_dir: Path, name: str) -> PromptTemplate:
    """The template `name` or `name@version` from `<config_dir>/prompts/`."""
    base, _, version = name.partition("@")
    folder = Path(config_dir) / "prompts"
    candidates = [folder / f"{base}@{version}.yaml", folder / f"{base}.yaml"] if version else [folder / f"{base}.yaml"]
    path = next((p for p in candidates if p.exists()), None)
    template = _read(path) if path is not None else None
    if template is None or (path.name == f"{base}.yaml" and version and template.version != int(version)):
        known = ", ".join(prompt_versions(config_dir, base)) or "none"
        raise SettingsError(f"prompt {name!r}: {candidates[0]} does not exist (versions of {base!r}: {known})")
    if template.name != base or (version and template.version != int(version)):
        raise SettingsError(f"{path}: holds {template.name}@{template.version}, not {name}")
    return template


def prompt_versions(config_dir: Path, name: str) -> list[str]:
    """Every `name@version` stored for a template, oldest first."""
    folder = Path(config_dir) / "prompts"
    pattern = re.compile(rf"{re.escape(name)}@(\d+)\.yaml")
    found = {int(m.group(1)) for p in folder.glob(f"{name}@*.yaml") if (m := pattern.fullmatch(p.name))}
    current = folder / f"{name}.yaml"
    if current.exists():
        found.add(_read(current).version)
    return [f"{name}@{v}" for v in sorted(found)]


def _read(path: Path) -> PromptTemplate:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        template = PromptTemplate.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise SettingsError(f"{path}: not a valid prompt template: {str(exc).splitlines()[0]}") from None
    used = {f for _, f, _, _ in string.Formatter().parse(template.system + template.user) if f}
    if used - set(template.variables):
        raise SettingsError(f"{path}: uses undeclared variables {sorted(used - set(template.variables))}")
    return template


class PromptSplit:
    """Which prompt version answers a conversation: by weight, and always the same one for one conversation."""

    BUCKETS = 10_000

    def __init__(self, weighted: list[tuple[PromptTemplate, float]]) -> None:
        weighted = [(t, w) for t, w in weighted if w > 0]
        if not weighted:
            raise SettingsError("chat.prompt_split: at least one prompt version needs a share above 0")
        variables = {frozenset(t.variables) for t, _ in weighted}
        if len(variables) > 1:
            raise SettingsError("chat.prompt_split: the versions take different variables: "
                                + "; ".join(f"{t.name}@{t.version}: {sorted(t.variables)}" for t, _ in weighted))
        total = sum(w for _, w in weighted)
        self.shares = [(t, w / total) for t, w in weighted]

    @classmethod
    def configured(cls, config_dir: Path, split: dict[str, float], default: PromptTemplate) -> PromptSplit:
        """The split of `chat.prompt_split`; without one, `default` answers everything."""
        if not split:
            return cls([(default, 1.0)])
        return cls([(load_prompt(config_dir, ref), weight) for ref, weight in split.items()])

    def choose(self, conversation_id: str) -> PromptTemplate:
        # A hash, not a random draw: every replica and every turn of a conversation picks the same version.
        bucket = int.from_bytes(hashlib.sha256(conversation_id.encode()).digest()[:8], "big") % self.BUCKETS
        point = (bucket + 0.5) / self.BUCKETS
        upto = 0.0
        for template, share in self.shares:
            upto += share
            if point < upto:
                return template
        return self.shares[-1][0]

    @property
    def versions(self) -> dict[str, float]:
        """`name@version` -> share of conversations (0..1)."""
        return {f"{t.name}@{t.version}": share for t, share in self.shares}
