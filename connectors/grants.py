"""Who a SaaS source's own permissions admit, collected on top of the access configured for the source."""

from __future__ import annotations

from connectors.base import Access


class Grants:
    """Mutable sets a connector fills while it reads one item's permissions, then freezes into an `Access`."""

    def __init__(self, base: Access) -> None:
        self.public = base.public
        self.users, self.groups = set(base.users), set(base.groups)
        self.local_users, self.local_groups = set(base.local_users), set(base.local_groups)

    def access(self) -> Access:
        return Access(public=self.public, users=frozenset(self.users), groups=frozenset(self.groups),
                      local_users=frozenset(self.local_users), local_groups=frozenset(self.local_groups))
