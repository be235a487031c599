"""Slack users as principals, and a channel's members as the audience of an answer.

A user's email comes from users.info; their groups from `slack.user_groups`, from the Slack user groups named
in `slack.usergroups`, and from the directories (nested groups included). Whoever cannot be identified (no
email, another app's bot user, a failed look-up) counts as anyone: public documents only. Failing closed
costs an answer some documents; failing open would put a private document in front of the wrong people.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from assistant.retrieval import ANYONE, Principal
from assistant.settings import SlackSettings
from assistant.slack.errors import error_code

log = logging.getLogger(__name__)

PrincipalOf = Callable[[str, tuple[str, ...]], Principal]


class SlackPeople:
    def __init__(self, settings: SlackSettings, client, principal_of: PrincipalOf,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.client = client
        self.principal_of = principal_of
        self.clock = clock
        self._lock = threading.Lock()
        # user id -> (expires, principal); None for a deleted user, who reads nothing.
        self._users: dict[str, tuple[float, Principal | None]] = {}
        self._usergroups: tuple[float, dict[str, set[str]]] = (-1.0, {})

    def principal(self, team_id: str, user_id: str) -> Principal:
        """The asker. Without a readable email they are still someone (their conversations and feedback are
        theirs), but they read public documents only."""
        found = self._member(user_id)
        return found if found is not None and found.user else Principal(user=f"slack:{team_id}:{user_id}".lower())

    def audience(self, channel_id: str, bot_user_id: str | None) -> tuple[Principal, ...]:
        """Everyone in the channel (the bot aside); anyone alone when the channel is public-only, too large,
        or its members cannot be read."""
        if self.settings.channel_access == "public":
            return (ANYONE,)
        members = self._members(channel_id)
        if members is None:
            return (ANYONE,)
        audience: set[Principal] = set()
        for user_id in members:
            if user_id == bot_user_id:
                continue
            principal = self._member(user_id, deleted_ok=True)
            if principal is None:
                continue
            if not principal.user:
                return (ANYONE,)
            audience.add(principal)
        return tuple(sorted(audience, key=lambda p: p.user))

    def _members(self, channel_id: str) -> list[str] | None:
        limit = self.settings.max_channel_members
        members: list[str] = []
        cursor = None
        try:
            while True:
                page = self.client.conversations_members(channel=channel_id, limit=200, cursor=cursor)
                members += page.get("members", [])
                if len(members) > limit:
                    log.info("channel %s has more than %d members: public documents only", channel_id, limit)
                    return None
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    return members
        except Exception as exc:  # noqa: BLE001 - any failure fails closed
            log.warning("cannot list the members of channel %s (%s): public documents only", channel_id, error_code(exc))
            return None

    def _member(self, user_id: str, deleted_ok: bool = False) -> Principal | None:
        """The user's principal, ANYONE when they cannot be identified, None when the account is deleted."""
        now = self.clock()
        with self._lock:
            cached = self._users.get(user_id)
        if cached is not None and cached[0] > now:
            return cached[1] if cached[1] is not None or deleted_ok else ANYONE
        try:
            user = self.client.users_info(user=user_id)["user"]
        except Exception as exc:  # noqa: BLE001 - any failure fails closed, and is not cached
            log.warning("cannot look up Slack user %s (%s): public documents only", user_id, error_code(exc))
            return ANYONE
        principal = self._from_profile(user_id, user)
        with self._lock:
            self._users[user_id] = (now + self.settings.cache_s, principal)
        return principal if principal is not None or deleted_ok else ANYONE

    def _from_profile(self, user_id: str, user: dict) -> Principal | None:
        if user.get("deleted"):
            return None
        email = str((user.get("profile") or {}).get("email") or "").strip().lower()
        if user.get("is_bot") or not email:
            if not user.get("is_bot"):
                log.warning("Slack user %s has no email the bot may read (scope users:read.email?)", user_id)
            return ANYONE
        groups = {g.lower() for g in self.settings.user_groups.get(email, ())}
        groups |= self._slack_groups().get(user_id, set())
        return self.principal_of(email, tuple(sorted(groups)))

    def _slack_groups(self) -> dict[str, set[str]]:
        """User id -> canonical groups, from the Slack user groups mapped in `slack.usergroups`."""
        wanted = {h.lower(): g.lower() for h, g in self.settings.usergroups.items()}
        if not wanted:
            return {}
        now = self.clock()
        with self._lock:
            expires, groups = self._usergroups
        if expires > now:
            return groups
        groups = {}
        try:
            listed = self.client.usergroups_list(include_users=True)["usergroups"]
        except Exception as exc:  # noqa: BLE001 - without the list nobody gets a group from Slack
            log.warning("cannot list Slack user groups (%s)", error_code(exc))
            return {}
        for usergroup in listed:
            group = wanted.get(str(usergroup.get("handle", "")).lower())
            if group is None or usergroup.get("date_delete"):
                continue
            for user_id in usergroup.get("users") or ():
                groups.setdefault(user_id, set()).add(group)
        with self._lock:
            self._usergroups = (now + self.settings.cache_s, groups)
        return groups

