-- Demo accreditation (demo profile only): ten organisations in every state of accreditation.
-- Two accredited by non-objection, two with ECOSOC status on the secretariat's confirmation, one
-- not accredited after two States objected (reasons only the secretariat sees), one circulated
-- with a live deadline, two submitted and waiting for circulation; the demo stakeholder's own
-- organisation (GFCE) has not applied yet, nor has one more.
-- Runs once: when demo applications exist, the block below does nothing.

insert into organisation (name, acronym, type, country_id, website, ecosoc_status, created_by, updated_by)
select v.name, v.acronym, v.type, s.id, v.website, v.ecosoc, 'demo', 'demo'
from (values
    ('Women in Cyber Security Network', 'WiCSN', 'NGO', 'ZAF', 'https://example.org/wicsn', false),
    ('Instituto de Ciberseguridad de Chile', 'ICC', 'ACADEMIA', 'CHL', 'https://example.org/icc', false),
    ('Pacific Islands Cyber Resilience Network', 'PICRN', 'TECHNICAL_COMMUNITY', 'FJI', 'https://example.org/picrn', false),
    ('Digital Rights Observatory', 'DRO', 'NGO', 'FRA', 'https://example.org/dro', true),
    ('Asia-Pacific Internet Registry Forum', 'APIRF', 'TECHNICAL_COMMUNITY', 'SGP', 'https://example.org/apirf', false)
) as v(name, acronym, type, country, website, ecosoc)
join state s on s.iso3 = v.country
on conflict (name) do nothing;

do $$
declare
    a record;
    app bigint;
begin
    if exists (select 1 from accreditation_application where created_by = 'demo') then
        return;
    end if;
    for a in
        select o.id as organisation_id, o.acronym, v.status, v.applied, v.circulated, v.deadline, v.decided, v.step
        from (values
            ('UCA', 'ACCREDITED', timestamptz '2026-04-06 09:00Z', timestamptz '2026-04-08 10:00Z',
             timestamptz '2026-05-08 10:00Z', timestamptz '2026-05-08 10:01Z', 'ACCREDITED'),
            ('FIRST', 'ACCREDITED', timestamptz '2026-04-09 14:00Z', timestamptz '2026-04-10 10:00Z',
             timestamptz '2026-05-10 10:00Z', timestamptz '2026-05-10 10:01Z', 'ACCREDITED'),
            ('CPIN', 'ACCREDITED', timestamptz '2026-04-15 08:30Z', null, null, timestamptz '2026-04-16 09:00Z',
             'ACCREDITED_ECOSOC'),
            ('DRO', 'ACCREDITED', timestamptz '2026-06-02 11:00Z', null, null, timestamptz '2026-06-03 09:00Z',
             'ACCREDITED_ECOSOC'),
            ('SNIA', 'OBJECTED', timestamptz '2026-06-20 10:00Z', timestamptz '2026-06-22 10:00Z',
             timestamptz '2026-07-22 10:00Z', timestamptz '2026-07-22 10:01Z', 'NOT_ACCREDITED'),
            ('WiCSN', 'CIRCULATED', timestamptz '2026-11-09 10:00Z', timestamptz '2026-11-12 10:00Z',
             timestamptz '2026-12-12 10:00Z', null, null),
            ('ICC', 'SUBMITTED', timestamptz '2026-11-18 16:00Z', null, null, null, null),
            ('APIRF', 'SUBMITTED', timestamptz '2026-11-20 07:45Z', null, null, null, null)
        ) as v(acronym, status, applied, circulated, deadline, decided, step)
        join organisation o on o.acronym = v.acronym
    loop
        insert into accreditation_application (organisation_id, purpose, activities, relevance, status, deadline,
                                               created_at, created_by, updated_by)
        values (a.organisation_id,
                'The ' || a.acronym || ' works for an open, secure, stable, accessible and peaceful ICT environment, '
                || 'bringing its members'' expertise to intergovernmental discussions.',
                'Research, training of officials and incident responders, and publications on the implementation of '
                || 'the framework of responsible State behaviour.',
                'Our work on capacity-building and confidence-building measures can inform the working groups and the '
                || 'review of voluntary national reports.',
                a.status, a.deadline, a.applied, 'demo', 'demo')
        returning id into app;
        insert into accreditation_event (application_id, kind, occurred_at, actor)
        values (app, 'APPLIED', a.applied, 'demo');
        if a.circulated is not null then
            insert into accreditation_event (application_id, kind, occurred_at, actor)
            values (app, 'CIRCULATED', a.circulated, 'secretariat');
        end if;
        if a.acronym = 'SNIA' then
            insert into accreditation_objection (application_id, state_id, reason, objected_at, objected_by)
            select app, s.id, v.reason, v.at, v.who
            from (values
                ('EGY', 'The organisation''s membership includes vendors of intrusion software; we need more information on its governance.',
                 timestamptz '2026-07-01 09:00Z', 'egy.approver'),
                ('IND', null, timestamptz '2026-07-15 12:00Z', 'ind.approver')
            ) as v(state, reason, at, who)
            join state s on s.iso3 = v.state;
            insert into accreditation_event (application_id, kind, occurred_at, actor)
            values (app, 'OBJECTED', timestamptz '2026-07-01 09:00Z', 'egy.approver'),
                   (app, 'OBJECTED', timestamptz '2026-07-15 12:00Z', 'ind.approver');
        end if;
        if a.step is not null then
            insert into accreditation_event (application_id, kind, occurred_at, actor)
            values (app, a.step, a.decided, case when a.step = 'ACCREDITED_ECOSOC' then 'secretariat' else 'system' end);
        end if;
    end loop;
end;
$$;
