"""What the bot remembers in the state database: the threads it answered in, and the messages it took up.

Both live in the database, not in memory, so a restart or a second replica neither forgets a thread nor
answers a message that Slack delivered again.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from assistant.state import Database
from assistant.state.tables import SlackMessageRow, SlackThreadRow, utcnow

# Slack retries an event for about five minutes; a day of keys is plenty.
KEEP_MESSAGES = timedelta(days=1)


class ThreadStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def claim(self, key: str) -> bool:
        """True for the first caller with this message key, False for every later one (a retry, or the
        message event that accompanies an app_mention), in this process or another."""
        try:
            with self.db.session() as s:
                s.execute(delete(SlackMessageRow).where(SlackMessageRow.received_at < utcnow() - KEEP_MESSAGES))
                s.add(SlackMessageRow(key=key[:120]))
        except IntegrityError:
            return False
        return True

    def conversation(self, team_id: str, channel_id: str, thread_ts: str, user_id: str) -> str | None:
        with self.db.session() as s:
            return s.scalar(select(SlackThreadRow.conversation_id).where(
                SlackThreadRow.team_id == team_id, SlackThreadRow.channel_id == channel_id,
                SlackThreadRow.thread_ts == thread_ts, SlackThreadRow.user_id == user_id))

    def remember(self, team_id: str, channel_id: str, thread_ts: str, user_id: str, conversation_id: str) -> None:
        with self.db.session() as s:
            row = s.get(SlackThreadRow, (team_id, channel_id, thread_ts, user_id))
            if row is None:
                s.add(SlackThreadRow(team_id=team_id, channel_id=channel_id, thread_ts=thread_ts, user_id=user_id,
                                     conversation_id=conversation_id))
            else:
                row.conversation_id = conversation_id
