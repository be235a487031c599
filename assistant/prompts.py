"""Versioned prompt templates from configs/prompts/<name>.yaml."""

from __future__ import annotations

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
    path = Path(config_dir) / "prompts" / f"{name}.yaml"
    if not path.exists():
        raise SettingsError(f"chat.prompt_template: {path} does not exist")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        template = PromptTemplate.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise SettingsError(f"{path}: not a valid prompt template: {str(exc).splitlines()[0]}") from None
    used = {f for _, f, _, _ in string.Formatter().parse(template.system + template.user) if f}
    if used - set(template.variables):
        raise SettingsError(f"{path}: uses undeclared variables {sorted(used - set(template.variables))}")
    return template
