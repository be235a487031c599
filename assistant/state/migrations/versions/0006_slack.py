"""The Slack bot: threads mapped to conversations, messages already taken up.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "slack_threads",
        sa.Column("team_id", sa.String(32), primary_key=True),
        sa.Column("channel_id", sa.String(32), primary_key=True),
        sa.Column("thread_ts", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), primary_key=True),
        sa.Column("conversation_id", sa.String(36), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "slack_messages",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("received_at", TZ, nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("slack_messages")
    op.drop_table("slack_threads")
