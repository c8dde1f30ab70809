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

insert into point_of_contact (state_id, level, full_name, title, agency, email, phone, status, last_confirmed_at,
                              created_by, updated_by)
select s.id, v.level, v.full_name, v.title, v.agency, v.email, v.phone, v.status, now() - v.age,
       'demo', 'demo'
from (values
    ('SLV', 'DIPLOMATIC', 'Ana María Rivas', 'Director of Multilateral Affairs', 'Ministry of Foreign Affairs', 'poc.dip@rree.example.sv', '+503 2231 0000', 'VERIFIED', interval '40 days'),
    ('SLV', 'TECHNICAL', 'Roberto Castillo', 'Head of CSIRT', 'CSIRT-SV', 'csirt@example.sv', '+503 2231 1111', 'VERIFIED', interval '100 days'),
    ('MEX', 'DIPLOMATIC', 'Jorge Ramírez', 'Director for Cybersecurity', 'Secretaría de Relaciones Exteriores', 'poc.dip@sre.example.mx', '+52 55 3686 0000', 'VERIFIED', interval '20 days'),
    ('MEX', 'TECHNICAL', 'Paola Gutiérrez', 'Incident Coordinator', 'CERT-MX', 'cert@example.mx', '+52 55 5000 0000', 'NOMINATED', interval '400 days'),
    ('KEN', 'TECHNICAL', 'Brian Otieno', 'Head, National KE-CIRT/CC', 'Communications Authority of Kenya', 'cirt@example.ke', '+254 20 000 0000', 'VERIFIED', interval '90 days'),
    ('JPN', 'DIPLOMATIC', 'Yuki Tanaka', 'Director, Cyber Policy Division', 'Ministry of Foreign Affairs', 'cyber@mofa.example.jp', '+81 3 0000 0000', 'VERIFIED', interval '60 days'),
    ('EST', 'TECHNICAL', 'Mart Kask', 'Head of CERT-EE', 'Information System Authority', 'cert@ria.example.ee', '+372 000 0000', 'VERIFIED', interval '30 days'),
    ('FRA', 'DIPLOMATIC', 'Claire Dubois', 'Deputy Director, Digital Affairs', 'Ministère de l''Europe et des Affaires étrangères', 'cyber@diplomatie.example.fr', '+33 1 00 00 00 00', 'VERIFIED', interval '10 days')
) as v(state, level, full_name, title, agency, email, phone, status, age)
join state s on s.iso3 = v.state
where not exists (select 1 from point_of_contact c where c.email = v.email);

insert into meeting (type, title, start_date, end_date, duty_station, status, created_by, updated_by)
select v.type, v.title, v.start_date, v.end_date, v.duty_station, v.status, 'demo', 'demo'
from (values
    ('MEETING_OF_STATES', 'Organizational session of the Programme of Action', date '2026-03-23', date '2026-03-27', 'NEW_YORK', 'CONCLUDED'),
    ('WORKING_GROUP_SESSION', 'Working group on capacity-building, first session', date '2027-02-08', date '2027-02-10', 'GENEVA', 'ANNOUNCED'),
    ('MEETING_OF_STATES', 'First Meeting of States', date '2027-07-12', date '2027-07-16', 'NEW_YORK', 'ANNOUNCED'),
    ('REVIEW_CONFERENCE', 'First Review Conference', date '2029-06-04', date '2029-06-15', 'NEW_YORK', 'PLANNED')
) as v(type, title, start_date, end_date, duty_station, status)
where not exists (select 1 from meeting m where m.title = v.title);

insert into national_report (state_id, title, status, visibility, language, submitted_at, created_by, updated_by)
select s.id, v.title, v.status, v.visibility, v.language,
       case when v.status = 'SUBMITTED' then timestamptz '2026-06-30 12:00:00+00' end, 'demo', 'demo'
from (values
    ('SLV', 'National report of El Salvador, 2026', 'DRAFT', 'PUBLIC', 'es'),
    ('MEX', 'Informe nacional de México, 2026', 'IN_REVIEW', 'PUBLIC', 'es'),
    ('MEX', 'Informe nacional de México, 2025', 'SUBMITTED', 'PUBLIC', 'es'),
    ('KEN', 'National report of Kenya, 2025', 'SUBMITTED', 'PUBLIC', 'en'),
    ('JPN', 'National report of Japan, 2025', 'SUBMITTED', 'STATES', 'en'),
    ('EST', 'National report of Estonia, 2025', 'SUBMITTED', 'SECRETARIAT', 'en'),
    ('FRA', 'Rapport national de la France, 2025', 'SUBMITTED', 'STATES', 'fr'),
    ('FRA', 'Rapport national de la France, 2026', 'DRAFT', 'STATES', 'fr')
) as v(state, title, status, visibility, language)
join state s on s.iso3 = v.state
where not exists (select 1 from national_report r where r.title = v.title);
