"""Identity store (users, aliases, nested memberships) and document quality fields.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default=""))
        batch.add_column(sa.Column("duplicate_of", sa.String(1000), nullable=True))
        batch.add_column(sa.Column("minhash", sa.JSON, nullable=False, server_default="[]"))
    op.create_table(
        "document_bands",
        sa.Column("band", sa.String(40), primary_key=True),
        sa.Column("doc_id", sa.String(1000), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
                  index=True),
    )
    op.create_table(
        "identity_users",
        sa.Column("email", sa.String(320), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("directory", sa.String(200), nullable=False, index=True),
    )
    op.create_table(
        "identity_aliases",
        sa.Column("local_id", sa.String(1000), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("target", sa.String(320), nullable=False),
        sa.Column("directory", sa.String(200), nullable=False, index=True),
    )
    op.create_table(
        "identity_members",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("group", sa.String(320), nullable=False, index=True),
        sa.Column("member_kind", sa.String(8), nullable=False),
        sa.Column("member", sa.String(320), nullable=False, index=True),
        sa.Column("directory", sa.String(200), nullable=False, index=True),
        sa.UniqueConstraint("group", "member_kind", "member", "directory"),
    )


def downgrade() -> None:
    op.drop_table("identity_members")
    op.drop_table("identity_aliases")
    op.drop_table("identity_users")
    op.drop_table("document_bands")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("minhash")
        batch.drop_column("duplicate_of")
        batch.drop_column("language")
