-- Demo capacity-building (demo profile only; runs after R__demo_reports, whose name sorts first).
-- El Salvador submitted its first national report in the 2026 cycle, in Spanish, stating its
-- capacity-building needs: a delegate can turn them into needs in one step. Forty needs of other
-- States (most published), twenty offers by States, organisations and the secretariat (one
-- withdrawn), and matches at every stage: confirmed, agreed, delivered, closed without result.
-- Runs once: when the demo needs exist, the block below does nothing.

do $$
declare
    tpl bigint := (select id from report_template where code = 'NSI' and edition = 1);
    cycle2026 bigint := (select id from reporting_cycle where created_by = 'demo' and title = 'Reporting cycle 2026');
    slv bigint := (select id from state where iso3 = 'SLV');
    report bigint;
begin
    if cycle2026 is null or exists (select 1 from capacity_need where created_by = 'demo') then
        return;
    end if;

    -- El Salvador's 2026 report: answered as Mexico answered, in Spanish, but with its own needs
    insert into national_report (state_id, cycle_id, title, status, visibility, language, submitted_at,
                                 first_submitted_at, created_at, created_by, updated_at, updated_by)
    values (slv, cycle2026, 'Informe nacional de El Salvador 2026', 'SUBMITTED', 'PUBLIC', 'es',
            timestamptz '2026-07-10 15:00Z', timestamptz '2026-07-10 15:00Z', timestamptz '2026-06-12 09:00Z',
            'demo', timestamptz '2026-07-10 15:00Z', 'demo')
    returning id into report;
    insert into report_answer (report_id, question_id, text_value, choices, number_value, date_value)
    select report, a.question_id,
           case when a.text_value is null then null
                when abs(hashtext(q.code)) % 2 = 0
                    then 'La Dirección Nacional de Ciberseguridad coordina la aplicación de este compromiso con el CSIRT nacional, los operadores de infraestructura crítica y el Ministerio de Relaciones Exteriores.'
                else 'Se adoptó la primera estrategia nacional de ciberseguridad en 2025; la cooperación regional con la OEA y los Estados de Centroamérica es prioritaria.' end,
           a.choices, a.number_value, a.date_value
    from report_answer a
    join template_question q on q.id = a.question_id
    where a.report_id = (select r.id from national_report r join state s on s.id = r.state_id
                         where s.iso3 = 'MEX' and r.cycle_id = cycle2026 and not r.superseded)
      and not q.capacity_need;
    insert into report_answer (report_id, question_id, text_value, choices)
    select report, q.id, v.text_value, v.choices
    from (values
        ('LAW.5', 'Capacitación para los asesores jurídicos del Ministerio de Relaciones Exteriores sobre la aplicación del derecho internacional en el ciberespacio, y apoyo para elaborar una posición nacional.', '{}'::text[]),
        ('N-B.4', 'Formación en análisis forense digital para el personal del CSIRT nacional y acceso a servicios de análisis de código malicioso.', '{}'),
        ('CB.NEEDS-AREAS', null, '{CERT,LEGAL,LAW}'),
        ('CB.NEEDS-DETAIL', 'Nuestra prioridad es fortalecer el CSIRT nacional con la formación de analistas; después, asistencia técnica para aplicar la nueva ley de ciberseguridad y apoyo para elaborar una posición nacional sobre el derecho internacional, en los próximos dos años.', '{}'),
        ('CB.NEEDS-FORMS', null, '{TRAINING,TECHNICAL}')
    ) as v(code, text_value, choices)
    join template_question q on q.template_id = tpl and q.code = v.code;
    update national_report r
    set question_count = (select count(*) from template_question where template_id = tpl),
        answered_count = (select count(*) from report_answer a where a.report_id = r.id),
        search_text = r.title || E'\n' || coalesce((select string_agg(a.text_value, E'\n' order by a.question_id)
                                                    from report_answer a
                                                    where a.report_id = r.id and a.text_value is not null), '')
    where r.id = report;
    insert into report_section (report_id, section_id, unchanged, edits, updated_at, updated_by)
    select report, ts.id, false, 1, timestamptz '2026-07-08 12:00Z', 'demo'
    from template_section ts where ts.template_id = tpl;
    insert into report_event (report_id, kind, comment, at, actor)
    values (report, 'STARTED', '', timestamptz '2026-06-12 09:00Z', 'demo'),
           (report, 'SENT_FOR_REVIEW', '', timestamptz '2026-07-08 12:00Z', 'demo'),
           (report, 'SUBMITTED', '', timestamptz '2026-07-10 15:00Z', 'demo');

    -- forty needs of twenty States, from twelve kinds of need
    create temporary table demo_need_kind (k int, title text, description text, pillar text, norm text, topic text,
                                           form text, women boolean, divide boolean) on commit drop;
    insert into demo_need_kind values
    (0, 'Training for national CERT analysts', 'Our national CERT has five analysts; we need structured training in incident handling, log analysis and threat intelligence over the next year.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'TRAINING', false, false),
    (1, 'Malware analysis laboratory', 'Equipment and licences for a small malware analysis laboratory in the national CERT.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'EQUIPMENT', false, false),
    (2, 'Support to prepare a national position on international law', 'Expert advice to an inter-ministerial group drafting our national position on how international law applies to the use of ICTs.', 'INTERNATIONAL_LAW', null, 'INTERNATIONAL_LAW', 'POLICY', false, false),
    (3, 'Course for government legal advisers', 'A short course for legal advisers of the foreign and defence ministries on sovereignty, due diligence and international humanitarian law in cyberspace.', 'INTERNATIONAL_LAW', null, 'INTERNATIONAL_LAW', 'TRAINING', false, false),
    (4, 'Drafting cybercrime legislation', 'Technical assistance to align our draft cybercrime law with international standards and to train prosecutors on it.', 'CAPACITY_BUILDING', null, 'LEGISLATION', 'TECHNICAL', false, false),
    (5, 'Risk assessment of critical infrastructure', 'A methodology and expert support to identify and assess the critical information infrastructure of the energy and water sectors.', 'NORMS', 'g', 'CRITICAL_INFRASTRUCTURE', 'TECHNICAL', false, false),
    (6, 'National cybersecurity strategy', 'Policy advice to prepare our first national cybersecurity strategy and its action plan.', 'CAPACITY_BUILDING', null, 'POLICY_STRATEGY', 'POLICY', false, false),
    (7, 'Setting up confidence-building measures', 'Training for officials on the Points of Contact directory and on regional confidence-building measures.', 'CONFIDENCE_BUILDING', null, 'CONFIDENCE_BUILDING', 'TRAINING', false, false),
    (8, 'Fellowships for women in cyber diplomacy', 'Fellowships so that women diplomats can take part in United Nations discussions on ICT security.', 'GENDER_DIGITAL_DIVIDE', null, 'SKILLS', 'TRAINING', true, false),
    (9, 'Digital skills for rural women', 'Funding for cyber hygiene and digital skills courses for women in rural communities.', 'GENDER_DIGITAL_DIVIDE', null, 'SKILLS', 'FINANCIAL', false, true),
    (10, 'Funding to take part in regional exercises', 'Travel and participation costs so that our CERT can join regional incident response exercises.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'FINANCIAL', false, false),
    (11, 'Coordinated vulnerability disclosure policy', 'Advice on setting up a national coordinated vulnerability disclosure policy and its legal safeguards.', 'NORMS', 'j', 'NORMS', 'POLICY', false, false);

    insert into capacity_need (state_id, title, description, pillar, norm, topic, form, urgency, region, language,
                               womens_participation, gender_digital_divide, published, status, created_at, created_by,
                               updated_at, updated_by)
    select s.id, k.title, k.description, k.pillar, k.norm, k.topic, k.form,
           (array['HIGH', 'MEDIUM', 'LOW'])[1 + (n.i % 3)], s.regional_group, st.language, k.women, k.divide,
           n.i % 5 <> 4, 'OPEN', timestamptz '2026-03-01 09:00Z' + (n.i || ' days')::interval, 'demo',
           timestamptz '2026-03-01 09:00Z' + (n.i || ' days')::interval, 'demo'
    from generate_series(0, 39) as n(i)
    join (values (0, 'GHA', 'en'), (1, 'SEN', 'fr'), (2, 'KEN', 'en'), (3, 'GTM', 'es'), (4, 'HND', 'es'),
                 (5, 'PER', 'es'), (6, 'PHL', 'en'), (7, 'VNM', 'en'), (8, 'MNG', 'ru'), (9, 'KAZ', 'ru'),
                 (10, 'JOR', 'ar'), (11, 'TUN', 'fr'), (12, 'CIV', 'fr'), (13, 'FJI', 'en'), (14, 'BOL', 'es'),
                 (15, 'MDA', 'en'), (16, 'NPL', 'en'), (17, 'EGY', 'ar'), (18, 'DOM', 'es'), (19, 'TZA', 'en'))
         as st(j, iso3, language) on st.j = n.i % 20
    join state s on s.iso3 = st.iso3
    join demo_need_kind k on k.k = (n.i * 7) % 12;

    -- twenty offers
    insert into capacity_offer (provider, state_id, organisation_id, title, description, pillar, norm, topic, form,
                                region, languages, womens_participation, gender_digital_divide, status, created_at,
                                created_by, updated_at, updated_by)
    select v.provider, s.id, o.id, v.title, v.description, v.pillar, v.norm, v.topic, v.form, v.region, v.languages,
           v.women, v.divide, v.status, timestamptz '2026-02-15 09:00Z' + (v.n || ' days')::interval, 'demo',
           timestamptz '2026-02-15 09:00Z' + (v.n || ' days')::interval, 'demo'
    from (values
        (1, 'STATE', 'EST', null, 'CERT twinning and analyst training', 'Our national CERT pairs with a partner CERT for a year: analyst training, shared playbooks and joint exercises.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'TRAINING', null, '{en,es,ru}'::text[], false, false, 'OPEN'),
        (2, 'STATE', 'FRA', null, 'Formation des conseillers juridiques au droit international', 'Séminaires pour les conseillers juridiques sur l’application du droit international au cyberespace.', 'INTERNATIONAL_LAW', null, 'INTERNATIONAL_LAW', 'TRAINING', null, '{fr,en,es}', false, false, 'OPEN'),
        (3, 'STATE', 'JPN', null, 'Malware analysis equipment for CERTs', 'Equipment and licences for malware analysis laboratories of CERTs in the Asia-Pacific region.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'EQUIPMENT', 'ASIA_PACIFIC', '{en}', false, false, 'OPEN'),
        (4, 'STATE', 'MEX', null, 'Asesoría para estrategias nacionales de ciberseguridad', 'Acompañamiento a los Estados de América Latina y el Caribe en la elaboración de su estrategia nacional.', 'CAPACITY_BUILDING', null, 'POLICY_STRATEGY', 'POLICY', 'LATIN_AMERICAN_CARIBBEAN', '{es}', false, false, 'OPEN'),
        (5, 'ORGANISATION', null, 'WiCSN', 'Women in cyber fellowship', 'A year-long fellowship with mentoring for women diplomats and officials working on ICT security.', 'GENDER_DIGITAL_DIVIDE', null, 'SKILLS', 'TRAINING', null, '{en,fr,es,ar}', true, false, 'OPEN'),
        (6, 'ORGANISATION', null, 'GFCE', 'Support to draft cybercrime legislation', 'Experts review draft laws against international standards and train prosecutors and judges.', 'CAPACITY_BUILDING', null, 'LEGISLATION', 'TECHNICAL', null, '{en,fr,es}', false, false, 'OPEN'),
        (7, 'SECRETARIAT', null, null, 'Training on the framework and confidence-building measures', 'UNODA training for officials on the framework of responsible State behaviour, the Points of Contact directory and confidence-building measures.', 'CONFIDENCE_BUILDING', null, 'CONFIDENCE_BUILDING', 'TRAINING', null, '{ar,zh,en,fr,ru,es}', false, false, 'OPEN'),
        (8, 'ORGANISATION', null, 'UCA', 'Expert review of national positions on international law', 'Academic experts comment on draft national positions on international law in cyberspace.', 'INTERNATIONAL_LAW', null, 'INTERNATIONAL_LAW', 'POLICY', null, '{en,es}', false, false, 'OPEN'),
        (9, 'STATE', 'EST', null, 'Critical infrastructure risk assessment methodology', 'Our methodology for identifying critical information infrastructure, with expert support to apply it.', 'NORMS', 'g', 'CRITICAL_INFRASTRUCTURE', 'TECHNICAL', null, '{en,ru}', false, false, 'OPEN'),
        (10, 'STATE', 'FRA', null, 'Accompagnement des stratégies nationales', 'Conseil aux États d’Afrique pour préparer et mettre en œuvre leur stratégie nationale de cybersécurité.', 'CAPACITY_BUILDING', null, 'POLICY_STRATEGY', 'POLICY', 'AFRICAN', '{fr}', false, false, 'OPEN'),
        (11, 'STATE', 'JPN', null, 'Digital skills programme for women', 'Grants for cyber hygiene and digital skills programmes for women in the Asia-Pacific region.', 'GENDER_DIGITAL_DIVIDE', null, 'SKILLS', 'FINANCIAL', 'ASIA_PACIFIC', '{en}', false, true, 'OPEN'),
        (12, 'ORGANISATION', null, 'FIRST', 'Setting up vulnerability disclosure', 'Guidance and peer support to set up a coordinated vulnerability disclosure policy.', 'NORMS', 'j', 'NORMS', 'POLICY', null, '{en,es,fr}', false, false, 'OPEN'),
        (13, 'ORGANISATION', null, 'FIRST', 'CERT maturity assessment', 'A maturity assessment of a national CERT against a recognised model, with a plan for improvement.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'TECHNICAL', null, '{en,es,fr}', false, false, 'OPEN'),
        (14, 'SECRETARIAT', null, null, 'Sponsorship for regional exercises', 'The sponsorship programme covers travel for CERT staff of developing States to regional exercises.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'FINANCIAL', null, '{en,fr,es,ar}', false, false, 'OPEN'),
        (15, 'STATE', 'MEX', null, 'Formación de analistas de CSIRT para Centroamérica', 'Cursos para analistas de los CSIRT nacionales de Centroamérica y el Caribe.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'TRAINING', 'LATIN_AMERICAN_CARIBBEAN', '{es}', false, false, 'OPEN'),
        (16, 'STATE', 'KEN', null, 'Legal training for East African advisers', 'Workshops hosted in Nairobi for legal advisers from the region on international law and ICTs.', 'INTERNATIONAL_LAW', null, 'INTERNATIONAL_LAW', 'TRAINING', 'AFRICAN', '{en}', false, false, 'OPEN'),
        (17, 'ORGANISATION', null, 'DRO', 'Cyber diplomacy training for women diplomats', 'Short courses on cyber diplomacy for women diplomats, in French, Spanish and English.', 'GENDER_DIGITAL_DIVIDE', null, 'SKILLS', 'TRAINING', null, '{en,fr,es}', true, false, 'OPEN'),
        (18, 'ORGANISATION', null, 'PICRN', 'Confidence-building among Pacific CERTs', 'Peer exchanges between Pacific CERTs on points of contact and incident notification.', 'CONFIDENCE_BUILDING', null, 'CONFIDENCE_BUILDING', 'TRAINING', 'ASIA_PACIFIC', '{en}', false, false, 'OPEN'),
        (19, 'STATE', 'JPN', null, 'Legislation workshops', 'Workshops on cybercrime legislation for Asia-Pacific States.', 'CAPACITY_BUILDING', null, 'LEGISLATION', 'TECHNICAL', 'ASIA_PACIFIC', '{en}', false, false, 'OPEN'),
        (20, 'STATE', 'EST', null, 'Equipment donation for CERTs', 'Refurbished equipment for CERTs; withdrawn when the programme ended.', 'CAPACITY_BUILDING', null, 'INCIDENT_RESPONSE', 'EQUIPMENT', 'EASTERN_EUROPEAN', '{en}', false, false, 'WITHDRAWN')
    ) as v(n, provider, iso3, acronym, title, description, pillar, norm, topic, form, region, languages, women, divide, status)
    left join state s on s.iso3 = v.iso3
    left join organisation o on o.acronym = v.acronym;

    -- matches at every stage
    insert into capacity_match (need_id, offer_id, status, note, outcome_note, outcome_at, created_at, created_by,
                                updated_at, updated_by)
    select n.id, o.id, v.status, v.note, v.outcome_note, v.outcome_at, v.confirmed, 'demo',
           coalesce(v.outcome_at, v.confirmed), 'demo'
    from (values
        ('HND', 'Training for national CERT analysts', 'Formación de analistas de CSIRT para Centroamérica', 'DELIVERED',
         'Mexico has places in its autumn course.', 'Four analysts trained in October.',
         timestamptz '2026-10-30 10:00Z', timestamptz '2026-05-04 10:00Z'),
        ('DOM', 'National cybersecurity strategy', 'Asesoría para estrategias nacionales de ciberseguridad', 'AGREED',
         'Mexico can start in the second half of the year.', 'Terms of reference agreed; experts visit in January.',
         timestamptz '2026-09-15 10:00Z', timestamptz '2026-06-10 10:00Z'),
        ('GHA', 'Fellowships for women in cyber diplomacy', 'Women in cyber fellowship', 'CONFIRMED',
         'Two fellowships are available for the next cohort.', null, null, timestamptz '2026-10-20 10:00Z'),
        ('NPL', 'Drafting cybercrime legislation', 'Support to draft cybercrime legislation', 'CONFIRMED',
         'The draft law is expected in Parliament next spring.', null, null, timestamptz '2026-11-02 10:00Z'),
        ('SEN', 'Setting up confidence-building measures', 'Training on the framework and confidence-building measures',
         'DELIVERED', null, 'Training held in Dakar for twelve officials.', timestamptz '2026-08-20 10:00Z',
         timestamptz '2026-04-20 10:00Z'),
        ('PER', 'Coordinated vulnerability disclosure policy', 'Setting up vulnerability disclosure',
         'CLOSED_WITHOUT_RESULT', null, 'The need was met nationally before the support started.',
         timestamptz '2026-09-01 10:00Z', timestamptz '2026-05-15 10:00Z')
    ) as v(iso3, need_title, offer_title, status, note, outcome_note, outcome_at, confirmed)
    join state s on s.iso3 = v.iso3
    join lateral (select id from capacity_need where state_id = s.id and title = v.need_title order by id limit 1) n on true
    join capacity_offer o on o.title = v.offer_title;
    update capacity_need n set status = case m.status when 'DELIVERED' then 'MET' else 'MATCHED' end
    from capacity_match m where m.need_id = n.id and m.status <> 'CLOSED_WITHOUT_RESULT';
end
$$;
