-- Demo stakeholders at meetings (demo profile only; runs after R__demo_accreditation, R__demo_data
-- and R__demo_meetings, whose names sort first): written contributions of accredited organisations to
-- the first session of the working group on capacity-building, two published and one awaiting the
-- secretariat; and one organisation's representatives registered for that session.
-- Runs once: when the demo contributions exist, the block below does nothing.

-- the demo stakeholder (created by R__demo_data) is its organisation's focal point
update user_account set focal_point = true where username = 'stakeholder' and not focal_point;

do $$
declare
    session bigint := (select id from meeting where created_by = 'demo'
                       and title = 'Working group on capacity-building, first session');
    registration bigint;
begin
    if session is null or exists (select 1 from written_contribution where created_by = 'demo') then
        return;
    end if;

    insert into written_contribution (meeting_id, agenda_item_id, organisation_id, title, body, status, decided_at,
                                      decided_by, created_at, created_by, updated_at, updated_by)
    select session, (select id from agenda_item where meeting_id = session and position = v.item), o.id, v.title,
           v.body, v.status, v.decided, case when v.decided is not null then 'secretariat' end,
           v.submitted, 'demo', coalesce(v.decided, v.submitted), 'demo'
    from (values
        ('FIRST', 2, 'Peer mentoring for national CERTs',
         'Incident response teams learn fastest from peers. We propose that matches for CERT training pair each '
         || 'requesting team with an experienced team for a year, with a maturity assessment at the start and the end, '
         || 'so that results can be reported to the working group.',
         'PUBLISHED', timestamptz '2026-11-10 10:00Z', timestamptz '2026-11-05 09:00Z'),
        ('UCA', null, 'Measuring the results of capacity-building',
         'The working group could agree on a small set of indicators (people trained, institutions established, '
         || 'policies adopted) that every delivered match reports, so that the synthesis shows what capacity-building '
         || 'achieved, not only what was offered.',
         'PUBLISHED', timestamptz '2026-11-12 15:00Z', timestamptz '2026-11-08 11:00Z'),
        ('CPIN', 3, 'Fellowships for women from small island developing States',
         'We offer to co-fund ten fellowships for women officials from small island developing States and ask the '
         || 'working group to encourage other providers to reserve places for them.',
         'SUBMITTED', null, timestamptz '2026-11-20 08:30Z')
    ) as v(acronym, item, title, body, status, decided, submitted)
    join organisation o on o.acronym = v.acronym;

    -- FIRST registered two representatives; the secretariat has not decided yet
    insert into delegation_registration (meeting_id, organisation_id, status, submitted_at, submitted_by, created_by,
                                         updated_by)
    select session, o.id, 'SUBMITTED', timestamptz '2026-11-18 09:00Z', 'demo', 'demo', 'demo'
    from organisation o where o.acronym = 'FIRST'
    returning id into registration;
    insert into participant (registration_id, position, function, given_names, family_name, job_title, email, gender,
                             listed)
    values (registration, 1, 'HEAD', 'Mei', 'Lin', 'Chair of the Board', 'mei.lin@first.example.org', 'WOMAN', true),
           (registration, 2, 'ADVISER', 'Tomás', 'Reyes', 'Policy adviser', 'tomas.reyes@first.example.org', 'MAN', true);
end
$$;
