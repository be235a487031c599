"""The model hub: the models this deployment may load, with the hash each was registered with.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "hub_models",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("size_bytes", sa.BigInteger, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("quantization", sa.String(32), nullable=False),
        sa.Column("context_length", sa.Integer, nullable=True),
        sa.Column("chat_template", sa.Text, nullable=False),
        sa.Column("licence", sa.String(200), nullable=False),
        sa.Column("origin", sa.String(300), nullable=False),
        sa.Column("added_at", TZ, nullable=False),
        sa.Column("verified_at", TZ, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hub_models")
