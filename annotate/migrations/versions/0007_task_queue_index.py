"""A reviewer's queue read off an index in its order (``ix_task_queue``: the reviewer, then the
queue's own order, models.review.TASK_QUEUE_ORDER), instead of sorting all their tasks, which
grow with the desk's history.

A plain CREATE INDEX on both databases (no batch mode: on SQLite that recreates the table).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 12:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index('ix_task_queue', 'task',
                    ['reviewer_id', sa.text("(state = 'accepted')"), sa.text('(due_date IS NULL)'), 'due_date', 'id'],
                    unique=False)


def downgrade():
    op.drop_index('ix_task_queue', table_name='task')
