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


def _entity_regex(entity: str, within: str) -> str:
    """The words of an entity name ("EMAIL_ADDRESS") with `within` between them."""
    return within.join(re.escape(word) for word in entity.split("_"))


def _title_regex(entity: str) -> str:
    """'Person', 'Email Address': each word with its first letter in capitals, the rest in any case."""
    return " ".join(re.escape(word[0]) + f"(?i:{re.escape(word[1:])})" for word in entity.split("_"))


def _variant_pattern(vault: Vault) -> re.Pattern[str] | None:
    """What models do to "<PERSON_1>", matched so that prose is left alone.

    - in brackets of any kind and any case, with any separator, even split: "<Person_1>", "[PERSON 1]",
      "{person-1}", "< PERSON _1 >", a mismatched pair "<PERSON_1]";
    - an opening angle bracket without its mate: "<PERSON_1" at the end of a cut answer;
    - underscored, any case, a possessive or a stray closing angle bracket after it: "person_1",
      "PERSON_1's", "PERSON_1>";
    - bare in capitals: "PERSON 1", "PERSON1", "EMAIL ADDRESS 1";
    - bare in title case, "Person 2", "Email Address 1", unless prose says it is a count or a member:
      not after "the", "a", "each", "every", nor before "of" ("Person 1 of the team").

    A bare form in lower case ("the person 2 desks down") is never taken for a placeholder.
    """
    entities = sorted({e.entity for e in vault.entries.values()}, key=len, reverse=True)
    if not entities:
        return None
    loose = "|".join(_entity_regex(e, r"[_\s-]?") for e in entities)
    caps = "|".join(_entity_regex(e, r"[_ ]") for e in entities)
    title = "|".join(_title_regex(e) for e in entities)
    gap = r"\s*[_\s-]?\s*"
    return re.compile(
        rf"[<\[({{]\s*(?i:({loose})){gap}(\d+)\s*[>\])}}]"  # bracketed, any case
        rf"|<\s*(?i:({loose})){gap}(\d+)\b"  # an opening angle bracket alone
        rf"|\b(?i:({loose}))\s?_\s?(\d+)\b(?:\s*>)?"  # underscored, any case
        rf"|\b({caps})[ -]?(\d+)\b"  # bare capitals
        rf"|(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Ee]ach )(?<!\b[Ee]very )\b({title}) (\d+)\b(?!\s+of\b)"  # bare title case
    )


def _placeholder(m: re.Match[str]) -> str:
    groups = [g for g in m.groups() if g is not None]
    letters = re.sub(r"[^A-Za-z]", "", groups[0]).upper()
    return f"<{letters}_{int(groups[1])}>"


def variants(text: str, vault: Vault) -> list[tuple[int, int, str]]:
    """Where placeholders of the vault's entity types sit in `text`, in any variant, with the canonical
    placeholder each one names (which the vault may not hold: "<PERSON_7>")."""
    pattern = _variant_pattern(vault)
    if pattern is None:
        return []
    canonical = {e.entity.replace("_", ""): e.entity for e in vault.entries.values()}
    out = []
    for m in pattern.finditer(text):
        placeholder = _placeholder(m)
        letters, number = placeholder[1:-1].rsplit("_", 1)
        out.append((m.start(), m.end(), f"<{canonical[letters]}_{number}>"))
    return out


def restore(text: str, vault: Vault, allowed: Callable[[VaultEntry], bool]) -> tuple[str, list[str]]:
    """Put back the values the reader may see; others stay as canonical placeholders.

    Returns the text and the placeholders that were kept masked.
    """
    masked: list[str] = []
    out = []
    last = 0
    for start, end, placeholder in variants(text, vault):
        entry = vault.entries.get(placeholder)
        if entry is None:
            continue
        out.append(text[last:start])
        if allowed(entry):
            out.append(entry.value)
        else:
            masked.append(placeholder)
            out.append(placeholder)
        last = end
    out.append(text[last:])
    return "".join(out), masked


def placeholder_spans(text: str, vault: Vault) -> list[tuple[int, int]]:
    """Where placeholders (in any variant) sit in `text`, so PII found there is not taken for new PII."""
    return [(start, end) for start, end, _ in variants(text, vault)]
