-- Spring Modulith's event publication registry (schema v2 for PostgreSQL): every follow-up of a
-- committed change (the mails of registration decisions, capacity matches, accreditation
-- circulations) is recorded in the change's own transaction and marked completed once done, so
-- that one a failure or a dead process left undone is resubmitted (web.followup.FollowUps).
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
