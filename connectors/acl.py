"""Access helpers the SaaS connectors share: the configured access merged in, and a fingerprint of an access.

A SaaS connector reads who may see a document from the source (collaborators, channel members) and
adds what the source's settings grant on top (`sources[].access`). The fingerprint goes into the
checkpoint: when the source's permissions change, the connector sees a new fingerprint and delivers
its documents again, so the sync engine rewrites their ACL (no re-embedding: the content is the same).
"""

from __future__ import annotations

import hashlib
import json

from connectors.base import Access


def merge_access(found: Access, configured: Access | None) -> Access:
    """What the source says, plus what the settings grant."""
    if configured is None:
        return found
    return Access(
        public=found.public or configured.public,
        users=found.users | configured.users,
        groups=found.groups | configured.groups,
        local_users=found.local_users | configured.local_users,
        local_groups=found.local_groups | configured.local_groups,
    )


def access_key(access: Access) -> str:
    """A short stable fingerprint: equal for equal access, whatever the order of its members."""
    canonical = json.dumps(
        [access.public, *(sorted(s) for s in (access.users, access.groups, access.local_users, access.local_groups))]
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]
