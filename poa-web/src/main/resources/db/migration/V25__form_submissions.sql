-- One-time submission tokens of forms (web.submission): a form sent twice (a double click) is
-- filed once, the second request sent where the first one led. Kept for a day.
create table form_submission (
    token      uuid        primary key,
    started_at timestamptz not null default now(),
    location   text
);

create index form_submission_started_at_idx on form_submission (started_at);
