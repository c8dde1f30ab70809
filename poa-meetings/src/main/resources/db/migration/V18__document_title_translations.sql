-- Document titles in the other official languages, as {"fr": {"title": "…"}, …}; the title
-- itself is written in English.
alter table meeting_document
    add column translations jsonb not null default '{}';
