"""Replace PII spans with vault placeholders, and put the values back in the model's answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from guardrails.base import Span
from guardrails.pii.vault import Vault, VaultEntry

# Placeholder-shaped text that arrives from outside is defused, so nobody can ask for a vault value by name.
_INCOMING = re.compile(r"<\s*([A-Z][A-Z_]*?)_(\d+)\s*>")


def defuse(text: str) -> str:
    """Placeholder-shaped text from a person becomes a marker that restoration can never match."""
    return _INCOMING.sub("[placeholder]", text)


def pseudonymize(text: str, spans: Sequence[Span], vault: Vault, origin: str) -> str:
    out = []
    last = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < last:
            continue
        out.append(text[last:span.start])
        out.append(vault.placeholder_for(text[span.start:span.end], span.label, origin))
        last = span.end
    out.append(text[last:])
    return "".join(out)


def _variant_pattern(vault: Vault) -> re.Pattern[str] | None:
    """What models do to "<PERSON_1>": "<Person_1>", "[PERSON_1]", "PERSON_1", "PERSON 1", "<PERSON-1>".

    A bracketed or underscored form matches in any case; a bare "PERSON 1" only in capitals, so
    ordinary prose ("the person 2 desks down") is left alone.
    """
    entities = sorted({e.entity for e in vault.entries.values()}, key=len, reverse=True)
    if not entities:
        return None
    loose = "|".join(re.escape(e).replace("_", "[_ ]?") for e in entities)
    exact = "|".join(re.escape(e).replace("_", "[_ ]") for e in entities)
    return re.compile(
        rf"[<\[(]\s*(?i:({loose}))[_\s-]?(\d+)\s*[>\])]"  # bracketed, any case
        rf"|\b(?i:({loose}))_(\d+)\b"  # underscored, any case
        rf"|\b({exact}) (\d+)\b"  # bare capitals with a space
    )


def _entity_and_number(m: re.Match[str]) -> tuple[str, int]:
    groups = [g for g in m.groups() if g is not None]
    return re.sub(r"[ ]", "_", groups[0]).upper(), int(groups[1])


def restore(text: str, vault: Vault, allowed: Callable[[VaultEntry], bool]) -> tuple[str, list[str]]:
    """Put back the values the reader may see; others stay as canonical placeholders.

    Returns the text and the placeholders that were kept masked.
    """
    pattern = _variant_pattern(vault)
    if pattern is None:
        return text, []
    masked: list[str] = []

    def sub(m: re.Match[str]) -> str:
        entity, number = _entity_and_number(m)
        placeholder = f"<{entity}_{number}>"
        entry = vault.entries.get(placeholder)
        if entry is None:
            return m.group(0)
        if allowed(entry):
            return entry.value
        masked.append(placeholder)
        return placeholder

    return pattern.sub(sub, text), masked


def placeholder_spans(text: str, vault: Vault) -> list[tuple[int, int]]:
    """Where placeholders (in any variant) sit in `text`, so PII found there is not taken for new PII."""
    pattern = _variant_pattern(vault)
    return [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
