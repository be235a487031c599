"""Usage accounting on every answer: the provider that answered, its speed and an energy estimate.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_records") as batch:
        batch.add_column(sa.Column("provider", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("ttft_ms", sa.Float, nullable=False, server_default="0"))
        batch.add_column(sa.Column("tokens_per_s", sa.Float, nullable=False, server_default="0"))
        batch.add_column(sa.Column("energy_wh", sa.Float, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("audit_records") as batch:
        for column in ("energy_wh", "tokens_per_s", "ttft_ms", "provider"):
            batch.drop_column(column)
