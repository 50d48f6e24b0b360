"""indexes for entity profiles: events and quotes by actor, recipient and addressee

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_quotes_addressee", "quotes", "addressee_entity_id"),
    ("ix_events_actor", "events", "actor_entity_id"),
    ("ix_events_recipient", "events", "recipient_entity_id"),
    ("ix_event_reports_actor", "event_reports", "actor_entity_id"),
    ("ix_event_reports_recipient", "event_reports", "recipient_entity_id"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column])


def downgrade() -> None:
    for name, table, _column in reversed(INDEXES):
        op.drop_index(name, table_name=table)
