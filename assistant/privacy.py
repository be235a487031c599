"""Vaults at rest: encrypted with Fernet, bound to their owner, expiring, with key rotation."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import delete, select

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.state import Database
from assistant.state.tables import VaultRow
from guardrails.pii.vault import Vault


class VaultKeyError(AssistantError):
    """The vault key is missing, malformed, or not the one the vaults were written with."""


def key_file(settings: Settings) -> Path:
    return settings.data_dir / "secrets" / "vault.key"


def load_keys(settings: Settings) -> list[bytes]:
    """The configured key (several, comma-separated, newest first, during a rotation), or the key file."""
    if settings.privacy.vault_key.strip():
        keys = [k.strip().encode() for k in settings.privacy.vault_key.split(",") if k.strip()]
    else:
        path = key_file(settings)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(Fernet.generate_key())
        keys = [k.strip() for k in path.read_bytes().split(b",") if k.strip()]
    for k in keys:
        try:
            Fernet(k)
        except ValueError:
            raise VaultKeyError("privacy.vault_key is not a Fernet key (32 url-safe base64-encoded bytes)") from None
    return keys


class SqlVaultStore:
    def __init__(self, db: Database, keys: list[bytes], ttl: timedelta) -> None:
        self.db = db
        self.keys = [Fernet(k) for k in keys]
        self.fernet = MultiFernet(self.keys)
        self.ttl = ttl

    def new(self, conversation_id: str, owner: str) -> Vault:
        return Vault.new(conversation_id, owner, self.ttl)

    def load(self, conversation_id: str, owner: str) -> Vault | None:
        with self.db.session() as s:
            row = s.get(VaultRow, conversation_id)
            if row is None or row.owner != owner:
                return None
            ciphertext = row.ciphertext
            try:
                vault = Vault.model_validate_json(self.fernet.decrypt(ciphertext))
            except InvalidToken:
                raise VaultKeyError("a conversation vault cannot be decrypted with the configured key") from None
            if vault.expired():
                s.delete(row)
                return None
            return vault

    def save(self, vault: Vault) -> None:
        with self.db.session() as s:
            s.merge(VaultRow(conversation_id=vault.conversation_id, owner=vault.owner, expires_at=vault.expires_at,
                             ciphertext=self.fernet.encrypt(vault.model_dump_json().encode())))

    def purge_expired(self) -> int:
        with self.db.session() as s:
            return s.execute(delete(VaultRow).where(VaultRow.expires_at <= datetime.now(timezone.utc))).rowcount

    def rotate(self, new_key: bytes) -> int:
        """Re-encrypt every vault with `new_key`; the old keys must still be configured while this runs."""
        rotator = MultiFernet([Fernet(new_key), *self.keys])
        count = 0
        with self.db.session() as s:
            for row in s.scalars(select(VaultRow)):
                try:
                    row.ciphertext = rotator.rotate(row.ciphertext)
                except InvalidToken:
                    raise VaultKeyError(f"vault {row.conversation_id} cannot be decrypted with the configured keys") from None
                count += 1
        self.keys = [Fernet(new_key)]
        self.fernet = MultiFernet(self.keys)
        return count
