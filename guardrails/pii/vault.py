"""The vault: placeholders and the values they stand for, scoped to one conversation and its owner."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Protocol

from pydantic import BaseModel, Field

PLACEHOLDER = "<{entity}_{n}>"


def _key(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


class VaultEntry(BaseModel):
    placeholder: str
    entity: str
    value: str = Field(description="The value as first seen; restoration gives this back.")
    aliases: list[str] = Field(default_factory=list, description="Other spellings that map here (a first name alone).")
    origins: list[str] = Field(default_factory=list, description="'question' or 'doc:<id>': where the value was seen.")


class Vault(BaseModel):
    conversation_id: str
    owner: str
    expires_at: datetime
    entries: dict[str, VaultEntry] = Field(default_factory=dict)
    counters: dict[str, int] = Field(default_factory=dict)

    @classmethod
    def new(cls, conversation_id: str, owner: str, ttl: timedelta) -> Vault:
        return cls(conversation_id=conversation_id, owner=owner, expires_at=datetime.now(timezone.utc) + ttl)

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(timezone.utc)) >= self.expires_at

    def placeholder_for(self, value: str, entity: str, origin: str) -> str:
        """The same value gets the same placeholder in every turn; a new value gets the next number."""
        entry = self._find(value, entity)
        if entry is None:
            n = self.counters.get(entity, 0) + 1
            self.counters[entity] = n
            entry = VaultEntry(placeholder=PLACEHOLDER.format(entity=entity, n=n), entity=entity, value=value.strip())
            self.entries[entry.placeholder] = entry
        elif _key(value) != _key(entry.value) and _key(value) not in map(_key, entry.aliases):
            entry.aliases.append(value.strip())
        if origin not in entry.origins:
            entry.origins.append(origin)
        return entry.placeholder

    def _find(self, value: str, entity: str) -> VaultEntry | None:
        k = _key(value)
        same = [e for e in self.entries.values() if e.entity == entity]
        for e in same:
            if k == _key(e.value) or k in map(_key, e.aliases):
                return e
        if entity != "PERSON":
            return None
        parts = k.split()
        for e in same:
            known = _key(e.value).split()
            # "Visser" or "Femke" alone is the person already known as "Femke Visser", and the other way round.
            if (len(parts) == 1 and parts[0] in known) or (len(known) == 1 and known[0] in parts):
                return e
        return None


class VaultStore(Protocol):
    """Where vaults live between turns; the assistant keeps them encrypted in its state database."""

    def load(self, conversation_id: str, owner: str) -> Vault | None:
        """The conversation's vault if `owner` owns it and it has not expired; None otherwise."""

    def save(self, vault: Vault) -> None: ...
