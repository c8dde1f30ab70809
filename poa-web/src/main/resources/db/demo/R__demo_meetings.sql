-- Demo meetings (demo profile only): two working groups; two past meetings with their agenda,
-- documents in several languages, approved delegations and a recorded outcome (the organizational
-- session, adopted by consensus; informal consultations, a chair's summary); the first
-- working-group session, accepted from the plan at the planner's clash-free dates, announced
-- and open for registration (El Salvador submitted, Kenya approved, Japan returned, Estonia
-- drafting; Mexico has not started); the first meeting of States, accepted from the plan at
-- dates moved clear of the NPT Preparatory Committee, announced. Later years stay proposals.
-- Runs once: when the demo working groups exist, the block below does nothing.

-- meetings an earlier version of the demo added at dates the plan did not generate
delete from meeting m
where m.created_by = 'demo'
  and m.title in ('Working group on capacity-building, first session', 'First Meeting of States',
                  'First Review Conference')
  and not exists (select 1 from planned_meeting p where p.meeting_id = m.id)
  and not exists (select 1 from working_group where created_by = 'demo');

-- a small PDF whose page shows the given line
create or replace function pg_temp.demo_pdf(line text) returns bytea language sql as $$
    select convert_to(
        '%PDF-1.4' || chr(10) ||
        '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj' || chr(10) ||
        '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj' || chr(10) ||
        '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>> endobj' || chr(10) ||
        '4 0 obj <</Length ' || length('BT /F1 12 Tf 50 780 Td (' || line || ') Tj ET') || '>> stream' || chr(10) ||
        'BT /F1 12 Tf 50 780 Td (' || line || ') Tj ET' || chr(10) ||
        'endstream endobj' || chr(10) ||
        '5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj' || chr(10) ||
        'trailer <</Root 1 0 R>>' || chr(10) || '%%EOF', 'UTF8')
$$;

create or replace function pg_temp.demo_file(filename text, line text, author text) returns bigint language sql as $$
    insert into stored_file (filename, content_type, size_bytes, sha256, content, created_at, created_by)
    select filename, 'application/pdf', length(c), encode(sha256(c), 'hex'), c, now(), author
    from (select pg_temp.demo_pdf(line) as c) f
    returning id
$$;

do $$
declare
    given_women text[] := array['Ana', 'Amina', 'Mei', 'Sofia', 'Fatima', 'Elena', 'Grace', 'Yuki', 'Marta', 'Leila',
                                'Claire', 'Priya', 'Ingrid', 'Lucia', 'Nadia', 'Aiko'];
    given_men text[] := array['Carlos', 'Kwame', 'Hiroshi', 'Jean', 'Omar', 'Mikhail', 'David', 'Rahul', 'Lars', 'Diego',
                              'Samuel', 'Tomas', 'Ahmed', 'Pierre', 'Kenji', 'Juan'];
    families text[] := array['García', 'Mensah', 'Tanaka', 'Dubois', 'Haddad', 'Ivanova', 'Okafor', 'Sharma', 'Tamm',
                             'Müller', 'Silva', 'Kowalski', 'Nguyen', 'Rossi', 'Kariuki', 'Hernández', 'Lindqvist',
                             'Ortiz', 'Chen', 'Benali'];
    functions text[] := array['HEAD', 'ALTERNATE', 'DELEGATE', 'DELEGATE', 'ADVISER'];
    org_session bigint;
    consultations bigint;
    wg_session bigint;
    first_mos bigint;
    capacity_group bigint;
    threats_group bigint;
    item bigint;
    doc bigint;
    reg bigint;
    s record;
    i int;
    n int;
    h int;
    woman boolean;
begin
    if exists (select 1 from working_group where created_by = 'demo') then
        return;
    end if;

    insert into working_group (name, mandate, established_on, created_by, updated_by)
    values ('Open-ended working group on capacity-building',
            'To take forward the practical matching of capacity-building needs and offers, the development of a global '
            || 'capacity-building portal, and the integration of gender perspectives in capacity-building programmes.',
            date '2026-03-27', 'demo', 'demo')
    returning id into capacity_group;
    insert into working_group (name, mandate, established_on, created_by, updated_by)
    values ('Working group on existing and potential threats and confidence-building measures',
            'To exchange views on existing and potential threats, and to operationalise confidence-building measures, '
            || 'including the global Points of Contact directory and its communication checks.',
            date '2026-10-06', 'demo', 'demo')
    returning id into threats_group;

    -- 1. the organizational session, concluded, adopted by consensus
    insert into meeting (type, title, start_date, end_date, duty_station, status, format, venue, outcome, outcome_summary,
                         created_by, updated_by)
    values ('MEETING_OF_STATES', 'Organizational session of the Programme of Action', date '2026-03-23', date '2026-03-27',
            'NEW_YORK', 'CONCLUDED', 'IN_PERSON', 'Conference Room 4, United Nations Headquarters', 'ADOPTED_BY_CONSENSUS',
            'The organizational session adopted by consensus its final report, including the modalities of the '
            || 'Programme of Action, the establishment of an open-ended working group on capacity-building, the '
            || 'template for voluntary national reports and the meeting cycle: meetings of States every two years and '
            || 'review conferences every four years.', 'demo', 'demo')
    returning id into org_session;

    insert into agenda_item (meeting_id, position, title, created_by, updated_by)
    values (org_session, 1, 'Opening of the session and election of the Chair', 'demo', 'demo'),
           (org_session, 2, 'Adoption of the agenda and organization of work', 'demo', 'demo'),
           (org_session, 3, 'Modalities of the Programme of Action, including stakeholder participation', 'demo', 'demo'),
           (org_session, 4, 'Voluntary national reporting and the template for the National Survey of Implementation', 'demo', 'demo'),
           (org_session, 5, 'Capacity-building and the establishment of a working group', 'demo', 'demo'),
           (org_session, 6, 'Adoption of the final report', 'demo', 'demo');
    insert into agenda_item_pillar (agenda_item_id, pillar)
    select a.id, p.pillar
    from agenda_item a
    join (values (3, 'INSTITUTIONAL_DIALOGUE'), (4, 'NORMS'), (4, 'CONFIDENCE_BUILDING'), (4, 'INTERNATIONAL_LAW'),
                 (5, 'CAPACITY_BUILDING'), (5, 'GENDER_DIGITAL_DIVIDE'), (6, 'INSTITUTIONAL_DIALOGUE')) as p(position, pillar)
      on p.position = a.position
    where a.meeting_id = org_session;

    insert into meeting_document (meeting_id, symbol, title, type, agenda_item_id, issued_on, public, created_by, updated_by)
    values (org_session, 'A/AC.300/2026/1', 'Provisional agenda', 'PROVISIONAL_AGENDA',
            (select id from agenda_item where meeting_id = org_session and position = 2), date '2026-02-20', true, 'demo', 'demo')
    returning id into doc;
    insert into document_file (document_id, language, stored_file_id)
    select doc, l, pg_temp.demo_file('A_AC.300_2026_1_' || l || '.pdf', 'A/AC.300/2026/1 Provisional agenda [' || l || ']', 'demo')
    from unnest(array['ar', 'zh', 'en', 'fr', 'ru', 'es']) as l;

    insert into meeting_document (meeting_id, symbol, title, type, agenda_item_id, issued_on, public, created_by, updated_by)
    values (org_session, 'A/AC.300/2026/WP.1', 'Elements for a global capacity-building portal: working paper submitted by Kenya and Estonia',
            'WORKING_PAPER', (select id from agenda_item where meeting_id = org_session and position = 5), date '2026-03-16',
            true, 'demo', 'demo')
    returning id into doc;
    insert into document_file (document_id, language, stored_file_id)
    values (doc, 'en', pg_temp.demo_file('A_AC.300_2026_WP.1_en.pdf', 'A/AC.300/2026/WP.1 Working paper', 'demo'));

    insert into meeting_document (meeting_id, symbol, title, type, agenda_item_id, issued_on, public, created_by, updated_by)
    values (org_session, 'A/AC.300/2026/CRP.1', 'Draft final report: compilation of comments by States', 'CONFERENCE_ROOM_PAPER',
            (select id from agenda_item where meeting_id = org_session and position = 6), date '2026-03-25', false, 'demo', 'demo')
    returning id into doc;
    insert into document_file (document_id, language, stored_file_id)
    values (doc, 'en', pg_temp.demo_file('A_AC.300_2026_CRP.1_en.pdf', 'A/AC.300/2026/CRP.1 Draft final report', 'demo'));

    insert into meeting_document (meeting_id, symbol, title, type, agenda_item_id, issued_on, public, created_by, updated_by)
    values (org_session, 'A/AC.300/2026/2', 'Final report of the organizational session', 'FINAL_REPORT',
            (select id from agenda_item where meeting_id = org_session and position = 6), date '2026-04-10', true, 'demo', 'demo')
    returning id into doc;
    insert into document_file (document_id, language, stored_file_id)
    select doc, l, pg_temp.demo_file('A_AC.300_2026_2_' || l || '.pdf', 'A/AC.300/2026/2 Final report [' || l || ']', 'demo')
    from unnest(array['ar', 'zh', 'en', 'fr', 'ru', 'es']) as l;

    -- 2. informal consultations, concluded with a chair's summary
    insert into meeting (type, title, start_date, end_date, duty_station, status, format, venue, outcome, outcome_summary,
                         created_by, updated_by)
    values ('INFORMAL_CONSULTATION', 'Informal consultations on the working groups', date '2026-10-05', date '2026-10-06',
            'GENEVA', 'CONCLUDED', 'HYBRID', 'Room XVIII, Palais des Nations', 'CHAIRS_SUMMARY',
            'States exchanged views on the programme of work of the working groups. The Chair''s summary, issued under '
            || 'the Chair''s own responsibility, records broad support for a working group on threats and '
            || 'confidence-building measures, and divergent views on the frequency of its sessions.', 'demo', 'demo')
    returning id into consultations;
    insert into agenda_item (meeting_id, position, title, created_by, updated_by)
    values (consultations, 1, 'Programme of work of the working group on capacity-building', 'demo', 'demo'),
           (consultations, 2, 'Proposal for a working group on threats and confidence-building measures', 'demo', 'demo');
    insert into agenda_item_pillar (agenda_item_id, pillar)
    select a.id, p.pillar
    from agenda_item a
    join (values (1, 'CAPACITY_BUILDING'), (2, 'THREATS'), (2, 'CONFIDENCE_BUILDING')) as p(position, pillar)
      on p.position = a.position
    where a.meeting_id = consultations;
    insert into meeting_document (meeting_id, symbol, title, type, issued_on, public, created_by, updated_by)
    values (consultations, 'A/AC.300/2026/INF/1', 'Information note for participants', 'NOTE_BY_THE_SECRETARIAT',
            date '2026-09-14', true, 'demo', 'demo')
    returning id into doc;
    insert into document_file (document_id, language, stored_file_id)
    select doc, l, pg_temp.demo_file('A_AC.300_2026_INF_1_' || l || '.pdf', 'A/AC.300/2026/INF/1 Information note [' || l || ']', 'demo')
    from unnest(array['en', 'fr']) as l;
    insert into meeting_document (meeting_id, symbol, title, type, issued_on, public, created_by, updated_by)
    values (consultations, 'A/AC.300/2026/3', 'Chair''s summary of the informal consultations on the working groups',
            'CHAIRS_SUMMARY', date '2026-10-20', true, 'demo', 'demo')
    returning id into doc;
    insert into document_file (document_id, language, stored_file_id)
    select doc, l, pg_temp.demo_file('A_AC.300_2026_3_' || l || '.pdf', 'A/AC.300/2026/3 Chair summary [' || l || ']', 'demo')
    from unnest(array['ar', 'zh', 'en', 'fr', 'ru', 'es']) as l;
    insert into working_group_session (meeting_id, working_group_id) values (consultations, capacity_group);

    -- approved delegations to both past meetings; women's share grows from one to the next
    for s in
        select st.id, st.iso3, st.name_en, row_number() over (order by st.iso3) as k
        from state st
        where st.iso3 in ('MEX', 'SLV', 'KEN', 'JPN', 'EST', 'FRA', 'BRA', 'CAN', 'DEU', 'EGY', 'IND', 'AUS', 'NGA',
                            'CHL', 'SGP', 'NLD', 'ZAF', 'ARG', 'MAR', 'FJI')
    loop
        foreach i in array array[1, 2] loop
            continue when i = 2 and s.k % 4 = 0;
            insert into delegation_registration (meeting_id, state_id, status, note_verbale_file_id, submitted_at,
                                                 submitted_by, decided_at, decided_by, created_by, updated_by)
            values (case i when 1 then org_session else consultations end, s.id, 'APPROVED',
                    pg_temp.demo_file('note-verbale-' || lower(s.iso3) || '.pdf',
                                      'Note verbale of the Permanent Mission of ' || s.name_en, 'demo'),
                    case i when 1 then timestamptz '2026-03-02 10:00Z' else timestamptz '2026-09-21 10:00Z' end
                        + make_interval(hours => s.k::int),
                    lower(s.iso3) || '.delegate',
                    case i when 1 then timestamptz '2026-03-10 15:00Z' else timestamptz '2026-09-28 15:00Z' end,
                    'secretariat', 'demo', 'demo')
            returning id into reg;
            n := case i when 1 then 3 + (s.k % 3)::int else 2 + (s.k % 2)::int end;
            for h in 1..n loop
                woman := abs(hashtext(s.iso3 || i || h)) % 100 < case i when 1 then 34 else 47 end;
                insert into participant (registration_id, position, function, given_names, family_name, job_title, email,
                                         gender, listed)
                values (reg, h, functions[h],
                        case when woman then given_women[1 + abs(hashtext(s.iso3 || h || 'g')) % 16]
                             else given_men[1 + abs(hashtext(s.iso3 || h || 'g')) % 16] end,
                        families[1 + abs(hashtext(s.iso3 || h || 'f')) % 20],
                        case functions[h]
                            when 'HEAD' then 'Ambassador, Permanent Representative'
                            when 'ALTERNATE' then 'Deputy Permanent Representative'
                            when 'DELEGATE' then 'Counsellor, Permanent Mission'
                            else 'Cybersecurity adviser, Ministry of Foreign Affairs' end,
                        lower(s.iso3) || '.delegate' || h || '@example.org',
                        case when woman then 'WOMAN' when abs(hashtext(s.iso3 || h || 'x')) % 25 = 0 then 'NOT_STATED' else 'MAN' end,
                        abs(hashtext(s.iso3 || h || 'c')) % 8 <> 0);
            end loop;
        end loop;
    end loop;

    -- 3. the first working-group session, accepted at the planner's clash-free dates, open for registration
    insert into meeting (type, title, start_date, end_date, duty_station, status, format, venue, registration_deadline,
                         created_by, updated_by)
    values ('WORKING_GROUP_SESSION', 'Working group on capacity-building, first session', date '2027-01-11',
            date '2027-01-13', 'GENEVA', 'ANNOUNCED', 'HYBRID', 'Room XXII, Palais des Nations', date '2026-12-18',
            'demo', 'demo')
    returning id into wg_session;
    insert into planned_meeting (plan_key, meeting_id, accepted_at, accepted_by)
    values ('WORKING_GROUP_SESSION-2027', wg_session, timestamptz '2026-10-12 09:00Z', 'secretariat');
    insert into working_group_session (meeting_id, working_group_id) values (wg_session, capacity_group);
    insert into agenda_item (meeting_id, position, title, created_by, updated_by)
    values (wg_session, 1, 'Opening of the session', 'demo', 'demo'),
           (wg_session, 2, 'Matching capacity-building needs and offers: lessons from the first reporting cycle', 'demo', 'demo'),
           (wg_session, 3, 'Women in international cybersecurity: fellowships and training', 'demo', 'demo'),
           (wg_session, 4, 'Other matters', 'demo', 'demo');
    insert into agenda_item_pillar (agenda_item_id, pillar)
    select a.id, p.pillar
    from agenda_item a
    join (values (2, 'CAPACITY_BUILDING'), (3, 'CAPACITY_BUILDING'), (3, 'GENDER_DIGITAL_DIVIDE')) as p(position, pillar)
      on p.position = a.position
    where a.meeting_id = wg_session;
    insert into meeting_document (meeting_id, symbol, title, type, issued_on, public, created_by, updated_by)
    values (wg_session, 'A/AC.300/WG.1/2027/1', 'Provisional agenda', 'PROVISIONAL_AGENDA', date '2026-11-09', true,
            'demo', 'demo')
    returning id into doc;
    insert into document_file (document_id, language, stored_file_id)
    select doc, l, pg_temp.demo_file('A_AC.300_WG.1_2027_1_' || l || '.pdf', 'A/AC.300/WG.1/2027/1 Provisional agenda [' || l || ']', 'demo')
    from unnest(array['ar', 'zh', 'en', 'fr', 'ru', 'es']) as l;

    for s in
        select st.id, st.iso3, st.name_en,
               case st.iso3 when 'SLV' then 'SUBMITTED' when 'KEN' then 'APPROVED' when 'JPN' then 'RETURNED' else 'DRAFT' end as status
        from state st where st.iso3 in ('SLV', 'KEN', 'JPN', 'EST')
    loop
        insert into delegation_registration (meeting_id, state_id, status, note_verbale_file_id, return_reason, submitted_at,
                                             submitted_by, decided_at, decided_by, created_by, updated_by)
        values (wg_session, s.id, s.status,
                case when s.status <> 'DRAFT' then pg_temp.demo_file('note-verbale-' || lower(s.iso3) || '-2027.pdf',
                    'Note verbale of the Permanent Mission of ' || s.name_en, 'demo') end,
                case when s.status = 'RETURNED' then 'The note verbale names an adviser who is not in the list of '
                    || 'participants. Add him to the delegation or upload a corrected note verbale.' end,
                case when s.status <> 'DRAFT' then timestamptz '2026-11-16 09:30Z' end,
                case when s.status <> 'DRAFT' then lower(s.iso3) || '.delegate' end,
                case when s.status in ('APPROVED', 'RETURNED') then timestamptz '2026-11-18 14:00Z' end,
                case when s.status in ('APPROVED', 'RETURNED') then 'secretariat' end,
                'demo', 'demo')
        returning id into reg;
        for h in 1..3 loop
            woman := abs(hashtext(s.iso3 || '2027' || h)) % 100 < 50;
            insert into participant (registration_id, position, function, given_names, family_name, job_title, email, gender,
                                     listed)
            values (reg, h, functions[h],
                    case when woman then given_women[1 + abs(hashtext(s.iso3 || h || 'g27')) % 16]
                         else given_men[1 + abs(hashtext(s.iso3 || h || 'g27')) % 16] end,
                    families[1 + abs(hashtext(s.iso3 || h || 'f27')) % 20],
                    case functions[h] when 'HEAD' then 'Director, Cybersecurity Policy'
                        when 'ALTERNATE' then 'First Secretary, Permanent Mission' else 'Expert, national CERT' end,
                    lower(s.iso3) || '.wg' || h || '@example.org', case when woman then 'WOMAN' else 'MAN' end, true);
        end loop;
    end loop;

    -- 4. the first meeting of States, moved by the secretariat clear of the NPT Preparatory Committee
    insert into meeting (type, title, start_date, end_date, duty_station, status, format, venue, created_by, updated_by)
    values ('MEETING_OF_STATES', 'First Meeting of States', date '2028-07-10', date '2028-07-14', 'NEW_YORK', 'ANNOUNCED',
            'IN_PERSON', 'General Assembly Hall, United Nations Headquarters', 'demo', 'demo')
    returning id into first_mos;
    insert into planned_meeting (plan_key, meeting_id, accepted_at, accepted_by)
    values ('MEETING_OF_STATES-2028', first_mos, timestamptz '2026-10-12 09:05Z', 'secretariat');
end;
$$;
