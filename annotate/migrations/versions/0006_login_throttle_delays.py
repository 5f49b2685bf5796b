"""Login throttle rows that expire, with keys of one size.

Keys become SHA-256 digests (a long username overflowed the old String(200) key); a row gains
its scope, its account's digest (for an admin's unlock), the time until which attempts wait
and the time after which it is deleted.

The table only holds counts of recent failures, so it is recreated empty rather than converted:
nothing in it outlives a day anyway, and no other table refers to it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table('login_throttle')
    op.create_table(
        'login_throttle',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('scope', sa.String(length=8), nullable=False),
        sa.Column('account', sa.String(length=64), nullable=True),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('blocked_until', sa.DateTime(timezone=True), nullable=True),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("scope IN ('pair', 'address', 'account', 'trusted', 'unlocked')",
                           name=op.f('ck_login_throttle_scope')),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_login_throttle')),
    )
    op.create_index(op.f('ix_login_throttle_account'), 'login_throttle', ['account'], unique=False)
    op.create_index(op.f('ix_login_throttle_expires_at'), 'login_throttle', ['expires_at'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_login_throttle_expires_at'), table_name='login_throttle')
    op.drop_index(op.f('ix_login_throttle_account'), table_name='login_throttle')
    op.drop_table('login_throttle')
    op.create_table(
        'login_throttle',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('window_start', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_login_throttle')),
    )
