-- What a meeting needs beyond its dates: where exactly and in which format, when registration
-- closes, and what it came to (adopted by consensus, or a chair's summary).

alter table meeting
    add column format                varchar(16) not null default 'IN_PERSON'
        check (format in ('IN_PERSON', 'HYBRID', 'VIRTUAL')),
    add column venue                 varchar(300),
    -- delegations register until the end of this day; null: registration is not open
    add column registration_deadline date,
    add column outcome               varchar(32) check (outcome in ('ADOPTED_BY_CONSENSUS', 'CHAIRS_SUMMARY')),
    add column outcome_summary       text;

create index meeting_status_idx on meeting (status, start_date);
