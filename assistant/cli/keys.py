"""API and widget keys: create (the secret is shown once), list, revoke."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from assistant.cli.common import app, command_runtime, err, fail, out
from assistant.errors import AssistantError
from assistant.keys import KeyStore

keys_app = typer.Typer(no_args_is_help=True, help="API keys and widget keys.")
app.add_typer(keys_app, name="keys")


def _split(values: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in values.split(",") if v.strip())


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


@keys_app.command("create")
def create_key(
    user: Annotated[str, typer.Option("--user", help="Email of the user an API key acts as.")] = "",
    groups: Annotated[str, typer.Option("--groups", help="Comma-separated groups of the user (API keys).")] = "",
    scopes: Annotated[str, typer.Option("--scopes", help="Comma-separated: chat, search, ingest, admin.")] = "chat",
    label: Annotated[str, typer.Option("--label", help="A note to recognize the key by.")] = "",
    widget: Annotated[bool, typer.Option("--widget", help="A widget key for web pages (chat only, public "
                                                          "documents unless the host signs a visitor in).")] = False,
    origins: Annotated[list[str], typer.Option("--origin", help="Widget keys: an allowed page origin, such as "
                                                                 "https://intranet.example; repeatable.")] = [],
    rs256_public_key: Annotated[Path | None, typer.Option(
        "--rs256-public-key", help="Widget keys: PEM file of the RSA public key the host signs visitor tokens "
                                   "with; without it, an HS256 secret is made and shown once.")] = None,
) -> None:
    """Create a key; its secret is printed once and cannot be shown again."""
    from assistant.keys import HostSigning
    from assistant.privacy import load_keys

    signing = None
    if widget:
        if user or groups:
            fail(AssistantError("a widget key acts for the page's visitor: drop --user and --groups"))
        if not origins:
            fail(AssistantError("a widget key needs at least one --origin, such as https://intranet.example"))
        if rs256_public_key is not None:
            try:
                signing = HostSigning(alg="RS256", public_key_pem=rs256_public_key.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                fail(AssistantError(f"cannot read {rs256_public_key}: {exc}"))
    elif origins or rs256_public_key is not None:
        fail(AssistantError("--origin and --rs256-public-key belong to widget keys: add --widget"))
    with command_runtime() as rt:
        store = KeyStore(rt.db, vault_keys=lambda: load_keys(rt.settings))
        info, secret = store.create(user=user, groups=_split(groups), scopes=_split(scopes),
                                    kind="widget" if widget else "api", origins=tuple(origins), label=label,
                                    signing=signing, actor="cli")
        out.print(f"created {info.kind} key [bold]{info.id}[/]", highlight=False, soft_wrap=True)
        out.print(f"key: {secret}", highlight=False, soft_wrap=True)
        if info.signing_secret:
            out.print(f"HS256 signing secret for visitor tokens: {info.signing_secret}", highlight=False,
                      soft_wrap=True)
        err.print("[yellow]store these now: they are not shown again[/]", highlight=False)


@keys_app.command("list")
def list_keys(
    active: Annotated[bool, typer.Option("--active", help="Hide revoked keys.")] = False,
) -> None:
    """Every key with its user, scopes and origins; never a secret."""
    with command_runtime() as rt:
        table = Table(title="Keys (times in UTC)")
        table.add_column("id", no_wrap=True)  # whole, to copy into `assistant keys revoke`
        for col in ("kind", "user", "groups", "scopes", "origins", "created", "last used", "revoked"):
            table.add_column(col, overflow="fold")
        for k in KeyStore(rt.db).list(include_revoked=not active):
            # A widget key acts for whoever visits its pages; its stored user only repeats its id.
            user = "page visitors" if k.kind == "widget" else k.user
            table.add_row(k.id, k.kind + (f" ({k.signing_alg})" if k.signing_alg else ""), user,
                          ", ".join(k.groups) or "-", ", ".join(k.scopes), ", ".join(k.origins) or "-",
                          _when(k.created_at), _when(k.last_used_at), _when(k.revoked_at))
        out.print(table)


@keys_app.command("revoke")
def revoke_key(key_id: Annotated[str, typer.Argument(help="The id `assistant keys list` shows.")]) -> None:
    """Revoke a key: requests with it are refused from now on."""
    with command_runtime() as rt:
        info = KeyStore(rt.db).revoke(key_id.strip(), actor="cli")
        out.print(f"revoked {info.kind} key {info.id} ({info.user})", highlight=False, soft_wrap=True)
