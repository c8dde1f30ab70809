-- Demo data, added only by the demo profile. Repeatable and idempotent: it runs again whenever
-- it changes and never duplicates a row. Every demo account's password is 'poa-demo'.

insert into organisation (name, acronym, type, country_id, website, ecosoc_status, created_by, updated_by)
select v.name, v.acronym, v.type, s.id, v.website, v.ecosoc, 'demo', 'demo'
from (values
    ('Global Forum on Cyber Expertise Foundation', 'GFCE', 'NGO', 'NLD', 'https://thegfce.org', false),
    ('Universidad Centroamericana José Simeón Cañas', 'UCA', 'ACADEMIA', 'SLV', 'https://www.uca.edu.sv', false),
    ('Forum of Incident Response and Security Teams', 'FIRST', 'TECHNICAL_COMMUNITY', 'USA', 'https://www.first.org', false),
    ('Cyber Policy Institute of Nairobi', 'CPIN', 'NGO', 'KEN', 'https://example.org/cpin', true),
    ('Secure Networks Industry Alliance', 'SNIA', 'PRIVATE_SECTOR', 'JPN', 'https://example.org/snia', false)
) as v(name, acronym, type, country, website, ecosoc)
join state s on s.iso3 = v.country
on conflict (name) do nothing;

insert into user_account (username, display_name, email, password_hash, role, approver, state_id, organisation_id,
                          created_by, updated_by)
select v.username, v.display_name, v.email,
       '{bcrypt}$2a$10$eFXiBn49C6B.2Xi.CHhrD.2NS0PtnJilRlfxadNP9EZbB35ddOa8C',
       v.role, v.approver, s.id, o.id, 'demo', 'demo'
from (values
    ('admin', 'Platform Administrator', 'admin@poa.example.org', 'ADMIN', false, null, null),
    ('secretariat', 'Amina Diallo (UNODA)', 'secretariat@poa.example.org', 'SECRETARIAT', false, null, null),
    ('slv.delegate', 'Carlos Hernández', 'slv.delegate@poa.example.org', 'DELEGATE', false, 'SLV', null),
    ('slv.approver', 'Ana María Rivas', 'slv.approver@poa.example.org', 'DELEGATE', true, 'SLV', null),
    ('mex.delegate', 'Lucía Martínez', 'mex.delegate@poa.example.org', 'DELEGATE', false, 'MEX', null),
    ('mex.approver', 'Jorge Ramírez', 'mex.approver@poa.example.org', 'DELEGATE', true, 'MEX', null),
    ('ken.delegate', 'Wanjiru Kamau', 'ken.delegate@poa.example.org', 'DELEGATE', true, 'KEN', null),
    ('jpn.delegate', 'Haruto Sato', 'jpn.delegate@poa.example.org', 'DELEGATE', true, 'JPN', null),
    ('est.delegate', 'Kadri Tamm', 'est.delegate@poa.example.org', 'DELEGATE', true, 'EST', null),
    ('fra.delegate', 'Camille Laurent', 'fra.delegate@poa.example.org', 'DELEGATE', true, 'FRA', null),
    ('stakeholder', 'Sam Okafor (GFCE)', 'stakeholder@poa.example.org', 'STAKEHOLDER', false, null, 'GFCE')
) as v(username, display_name, email, role, approver, state, organisation)
left join state s on s.iso3 = v.state
left join organisation o on o.acronym = v.organisation
on conflict do nothing;

-- Points of Contact for 48 States of every regional group: names, agencies and languages are
-- invented but realistic; a few are only nominated, a few are stale (not confirmed for a year).
insert into point_of_contact (state_id, level, full_name, title, agency, emails, phones, working_languages, time_zone,
                              availability, office_hours, secure_channels, status, last_confirmed_at,
                              created_by, updated_by)
select s.id, l.level,
       (array['Ana', 'Omar', 'Li', 'Sofia', 'Kwame', 'Elena', 'Arjun', 'Fatima', 'Mateo', 'Yuki', 'Amara', 'Ivan',
              'Leila', 'Tomas', 'Nadia', 'Hiro', 'Grace', 'Pablo', 'Aisha', 'Lars'])[1 + abs(hashtext(v.iso3 || l.level)) % 20]
           || ' ' ||
       (array['Mensah', 'Haddad', 'Wang', 'Rossi', 'Okoro', 'Petrova', 'Sharma', 'Benali', 'García', 'Tanaka',
              'Diallo', 'Novak', 'Karimi', 'Silva', 'Hansen', 'Nguyen', 'Moreau', 'Kowalski', 'Ochieng', 'Lindqvist'])[1 + abs(hashtext(l.level || v.iso3)) % 20],
       case l.level when 'DIPLOMATIC' then 'Director, International Security and Cyber Policy' else 'Head of the national CSIRT' end,
       case l.level when 'DIPLOMATIC' then 'Ministry of Foreign Affairs' else v.cert end,
       array[case l.level when 'DIPLOMATIC' then 'cyber.policy@mfa.' else 'incident@csirt.' end || lower(s.iso2) || '.example.org'],
       array['+' || (100 + abs(hashtext(v.iso3)) % 899)::text || ' ' || (1000000 + abs(hashtext(v.iso3 || l.level)) % 8999999)::text],
       v.languages::varchar(8)[], v.zone,
       case when l.level = 'TECHNICAL' and abs(hashtext(v.iso3)) % 3 > 0 then 'ALWAYS' else 'OFFICE_HOURS' end,
       case when l.level = 'DIPLOMATIC' then 'Mon-Fri 09:00-17:00' end,
       case when l.level = 'TECHNICAL' then 'PGP key on request; secure line through the national CSIRT' end,
       case when abs(hashtext(v.iso3 || 'status')) % 9 = 0 then 'NOMINATED' else 'VERIFIED' end,
       now() - make_interval(days => case when abs(hashtext(v.iso3 || l.level || 'age')) % 11 = 0 then 400
                                          else 5 + abs(hashtext(v.iso3 || l.level || 'age')) % 300 end),
       'demo', 'demo'
from (values
    ('SLV', 'CSIRT-SV', '{es,en}', 'America/El_Salvador'),
    ('MEX', 'CERT-MX', '{es,en}', 'America/Mexico_City'),
    ('ARG', 'CERT.ar', '{es,en}', 'America/Argentina/Buenos_Aires'),
    ('BRA', 'CERT.br', '{pt,en,es}', 'America/Sao_Paulo'),
    ('CHL', 'CSIRT Chile', '{es,en}', 'America/Santiago'),
    ('COL', 'colCERT', '{es}', 'America/Bogota'),
    ('CRI', 'CSIRT-CR', '{es}', 'America/Costa_Rica'),
    ('DOM', 'CSIRT-RD', '{es}', 'America/Santo_Domingo'),
    ('JAM', 'JaCIRT', '{en}', 'America/Jamaica'),
    ('URY', 'CERTuy', '{es}', 'America/Montevideo'),
    ('KEN', 'KE-CIRT/CC', '{en,sw}', 'Africa/Nairobi'),
    ('GHA', 'CERT-GH', '{en}', 'Africa/Accra'),
    ('NGA', 'ngCERT', '{en}', 'Africa/Lagos'),
    ('SEN', 'CSIRT Sénégal', '{fr}', 'Africa/Dakar'),
    ('MAR', 'maCERT', '{ar,fr}', 'Africa/Casablanca'),
    ('EGY', 'EG-CERT', '{ar,en}', 'Africa/Cairo'),
    ('ZAF', 'CSIRT-ZA', '{en}', 'Africa/Johannesburg'),
    ('RWA', 'Rw-CSIRT', '{en,fr}', 'Africa/Kigali'),
    ('CIV', 'CI-CERT', '{fr}', 'Africa/Abidjan'),
    ('TUN', 'tunCERT', '{ar,fr}', 'Africa/Tunis'),
    ('JPN', 'JPCERT/CC', '{ja,en}', 'Asia/Tokyo'),
    ('KOR', 'KrCERT/CC', '{ko,en}', 'Asia/Seoul'),
    ('CHN', 'CNCERT/CC', '{zh,en}', 'Asia/Shanghai'),
    ('IND', 'CERT-In', '{en,hi}', 'Asia/Kolkata'),
    ('IDN', 'ID-SIRTII', '{id,en}', 'Asia/Jakarta'),
    ('SGP', 'SingCERT', '{en}', 'Asia/Singapore'),
    ('ARE', 'aeCERT', '{ar,en}', 'Asia/Dubai'),
    ('QAT', 'Q-CERT', '{ar,en}', 'Asia/Qatar'),
    ('PAK', 'PKCERT', '{en,ur}', 'Asia/Karachi'),
    ('FJI', 'FijiCERT', '{en}', 'Pacific/Fiji'),
    ('EST', 'CERT-EE', '{et,en,ru}', 'Europe/Tallinn'),
    ('POL', 'CERT Polska', '{pl,en}', 'Europe/Warsaw'),
    ('CZE', 'CSIRT.CZ', '{cs,en}', 'Europe/Prague'),
    ('RUS', 'GOV-CERT.RU', '{ru}', 'Europe/Moscow'),
    ('UKR', 'CERT-UA', '{uk,en}', 'Europe/Kyiv'),
    ('GEO', 'CERT-GOV-GE', '{ka,en}', 'Asia/Tbilisi'),
    ('ROU', 'CERT-RO', '{ro,en}', 'Europe/Bucharest'),
    ('SRB', 'SRB-CERT', '{sr,en}', 'Europe/Belgrade'),
    ('FRA', 'CERT-FR', '{fr,en}', 'Europe/Paris'),
    ('DEU', 'CERT-Bund', '{de,en}', 'Europe/Berlin'),
    ('GBR', 'NCSC-UK', '{en}', 'Europe/London'),
    ('NLD', 'NCSC-NL', '{nl,en}', 'Europe/Amsterdam'),
    ('CHE', 'GovCERT.ch', '{de,fr,it,en}', 'Europe/Zurich'),
    ('ESP', 'CCN-CERT', '{es,en}', 'Europe/Madrid'),
    ('AUS', 'ACSC', '{en}', 'Australia/Canberra'),
    ('CAN', 'CCCS', '{en,fr}', 'America/Toronto'),
    ('TUR', 'USOM', '{tr,en}', 'Europe/Istanbul'),
    ('USA', 'CISA', '{en}', 'America/New_York')
) as v(iso3, cert, languages, zone)
join state s on s.iso3 = v.iso3
cross join (values ('DIPLOMATIC'), ('TECHNICAL')) as l(level)
where not exists (select 1 from point_of_contact c where c.state_id = s.id and c.level = l.level);

-- their history: nominated by the State, verified by the secretariat
insert into contact_event (contact_id, action, actor, occurred_at)
select c.id, 'NOMINATED', 'demo', c.last_confirmed_at - interval '30 days'
from point_of_contact c
where c.created_by = 'demo' and not exists (select 1 from contact_event e where e.contact_id = c.id);

insert into contact_event (contact_id, action, actor, occurred_at)
select c.id, 'VERIFIED', 'secretariat', c.last_confirmed_at - interval '28 days'
from point_of_contact c
where c.created_by = 'demo' and c.status = 'VERIFIED'
  and not exists (select 1 from contact_event e where e.contact_id = c.id and e.action = 'VERIFIED');

-- a finished communication check, six weeks ago, with a realistic mix of answers
insert into communication_check (request_key, title, scope, started_by, started_at, response_deadline, links_expire_at,
                                 created_by, updated_by)
values ('demo-check-1', 'Communication check of the Points of Contact directory, October 2026',
        'Both levels · All regional groups', 'secretariat', now() - interval '42 days', now() - interval '40 days',
        now() - interval '28 days', 'demo', 'demo')
on conflict (request_key) do nothing;

insert into check_message (check_id, contact_id, state_id, level, contact_name, email, language, token, status,
                           sent_at, acknowledged_at, failure, reminders, last_reminded_at)
select k.id, c.id, c.state_id, c.level, c.full_name, c.emails[1], coalesce(c.working_languages[1], 'en'),
       md5('demo-check-1' || c.id) || md5(c.id || 'demo-check-1'),
       case when r.draw < 70 then 'ACKNOWLEDGED' when r.draw < 78 then 'FAILED' else 'SENT' end,
       case when r.draw < 70 or r.draw >= 78 then k.started_at + interval '2 minutes' end,
       case when r.draw < 70 then k.started_at + make_interval(mins => 12 + (r.draw * 37) % 2400) end,
       case when r.draw >= 70 and r.draw < 78 then '550 5.1.1 Recipient address rejected: mailbox unavailable' end,
       case when r.draw >= 78 then 2 else 0 end,
       case when r.draw >= 78 then k.started_at + interval '2 days' end
from communication_check k
join point_of_contact c on c.created_by = 'demo'
cross join lateral (select abs(hashtext(c.id || 'draw')) % 100 as draw) r
where k.request_key = 'demo-check-1'
on conflict (check_id, contact_id) do nothing;

-- meetings, working groups, documents and registrations: R__demo_meetings.sql

-- national reports, cycles and answers: R__demo_reports.sql

-- The demo administrator and secretariat sign in in two steps, as their roles require. Their
-- authenticator key is public (poa.demo.second-factor-key), so the demo shows the current code.
insert into second_factor (user_account_id, secret, enabled_at)
select id, 'POADEMOPOADEMOPOADEMOPOADEMOPOAD', now()
from user_account
where username in ('admin', 'secretariat')
on conflict do nothing;
