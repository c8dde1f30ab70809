-- Demo reporting data (demo profile only): four reporting cycles on the shipped National Survey of
-- Implementation, three of them past with reports from a growing number of States (mixed visibilities,
-- a few late, a few revised), and one open cycle where some States have submitted, Mexico's report is
-- with its approver and El Salvador's first report is half drafted. Answers are deterministic: each
-- State answers consistently from cycle to cycle, and implementation of the norms grows over time.
-- Runs once: when the demo cycles exist, the block below does nothing.


create temporary table demo_text_answer (question_code varchar(40), variant int, text_value text) on commit drop;

insert into demo_text_answer (question_code, variant, text_value) values
-- National context
('CTX.3', 1, 'The Ministry of Information and Communications Technology leads national cybersecurity policy, supported by a small cyber unit within the Office of the Prime Minister. Given our limited staff, the same officials also act as our diplomatic point of contact.'),
('CTX.3', 2, 'The National Cybersecurity Agency leads and coordinates policy under the authority of the National Security Council. The Ministry of Foreign Affairs leads on international cyber diplomacy, while sector regulators supervise operators in energy, finance and telecommunications.'),
('CTX.3', 3, 'Since 2023 a newly created Directorate of Digital Security in the Ministry of Digital Economy has been responsible for policy. Its mandate is still being defined in draft legislation now before Parliament.'),
('CTX.3', 4, 'A national cybersecurity authority is the single body responsible for ICT security, combining policy, the national CERT and the certification body. An inter-ministerial cyber council chaired by the Prime Minister sets strategic priorities every year.'),
('CTX.6', 1, 'A national cyber task force of six institutions meets quarterly, including the central bank, the telecommunications regulator and the two mobile operators. Information is shared informally by email and telephone.'),
('CTX.6', 2, 'Coordination runs through a cabinet-level cyber committee and sector-specific information sharing and analysis centres. A public-private council with industry associations, universities and civil society advises on the strategy and its review.'),
('CTX.6', 3, 'An inter-agency working group was set up when the strategy was drafted and now meets twice a year. Formal channels with the private sector are still lacking; we plan a memorandum of understanding with the banking association in the coming year.'),
('CTX.6', 4, 'A standing national cyber coordination centre brings together government, critical infrastructure operators and law enforcement in one location, with round-the-clock situational awareness. Civil society and academia take part in an advisory board that reviews the strategy annually.'),
-- Threats
('THR.2', 1, 'Phishing and business email compromise targeting government ministries and tourism businesses are the most frequent incidents. A ransomware attack on the national hospital in the reporting period disrupted patient records for two weeks and showed how dependent we are on a handful of service providers.'),
('THR.2', 2, 'We observe sustained State-sponsored espionage against government networks and defence industry, and ransomware groups increasingly target hospitals and local authorities. Attacks on supply chains of managed service providers are a growing concern because one compromise can affect thousands of organisations.'),
('THR.2', 3, 'Online fraud and the compromise of government websites have grown rapidly as mobile money and e-government services expand. The electricity distribution company suffered a malware infection last year that interrupted billing systems for several days.'),
('THR.2', 4, 'Our annual national threat report records a steady rise in ransomware, denial-of-service campaigns around elections and attempts to pre-position malware in energy and water control systems. We also see commercial intrusion tools used against journalists and officials.'),
('THR.4', 1, 'Climate-related disasters make our undersea cable and satellite links even more critical; the Programme should consider the security and resilience of submarine cables for small States.'),
('THR.4', 2, 'The misuse of artificial intelligence to scale up vulnerability discovery and social engineering, and the proliferation of commercial cyber intrusion capabilities, deserve more sustained attention.'),
('THR.4', 3, 'Threats to digital financial services and mobile payment platforms, on which a large part of our population now depends, should receive greater attention, as should the risks of rapidly digitised public services.'),
('THR.4', 4, 'We encourage discussion of threats to satellite systems and space-based infrastructure, of the long-term risk quantum computing poses to encryption, and of attacks on the integrity of data used to train AI systems.'),
-- International law
('LAW.2', 1, 'Our State has not yet published a position. We have supported regional statements affirming that international law, including the Charter of the United Nations, applies in cyberspace, and we would welcome assistance to prepare a national view.'),
('LAW.2', 2, 'Our national position was published in 2021 on the website of the Ministry of Foreign Affairs and addresses sovereignty, non-intervention, the use of force, international humanitarian law and State responsibility. It was updated in 2023 to cover due diligence and countermeasures.'),
('LAW.2', 3, 'An inter-ministerial working group led by the legal department of the Ministry of Foreign Affairs began drafting a position in 2024. Our views have so far been expressed in statements at the open-ended working group.'),
('LAW.2', 4, 'Our comprehensive position, published in 2020 and revised in 2024, sets out how sovereignty, non-intervention, international humanitarian law and international human rights law apply to ICT operations. It is available in three official languages of the United Nations.'),
('LAW.5', 1, 'We would benefit from a short course for the two lawyers in the Attorney General''s chambers who cover international law, and from access to experts who can comment on a draft position.'),
('LAW.5', 2, 'None at present. Our legal advisers take part in regular expert exchanges and we are ready to share our experience in preparing a national position.'),
('LAW.5', 3, 'Training for diplomats and military legal advisers on sovereignty, due diligence and international humanitarian law, and comparative studies of positions already published by other States, would help our drafting group.'),
('LAW.5', 4, 'We would welcome continued scenario-based workshops at regional level, which help legal advisers test how international law applies in concrete cases; we also fund such workshops for others.'),
-- Norm (a)
('N-A.2', 1, 'We take part in the cyber working group of our regional organisation and signed a cooperation arrangement on incident response with a neighbouring island State in 2023.'),
('N-A.2', 2, 'We maintain structured bilateral cyber dialogues with more than twenty States and participate actively in United Nations and regional processes. In the reporting period we co-organised an international crisis-management exercise involving thirty countries.'),
('N-A.2', 3, 'Cooperation is beginning: we joined the regional CERT network in 2024 and hold annual consultations with two partner States. We intend to sign our first bilateral memorandum on ICT security next year.'),
('N-A.2', 4, 'We promote practical cooperation through joint exercises, a regional cyber diplomacy training centre we host, and agreements with key partners on sharing threat information. We have worked with others to condemn and discourage attacks on health-care facilities.'),
('N-A.4', 1, 'Travel support so that our officials can attend regional cooperation meetings, and secure communication tools for exchanges with partner CERTs.'),
('N-A.4', 2, 'No support is needed; our State funds the participation of other delegations in regional cooperation meetings.'),
('N-A.4', 3, 'Mentoring from experienced States on how to set up and run structured bilateral cyber dialogues, and training for junior diplomats in cyber diplomacy.'),
('N-A.4', 4, 'None for our own implementation; we would welcome partners to co-design cooperation programmes with States in our region.'),
-- Norm (b)
('N-B.2', 1, 'Incidents are assessed by the national CERT together with the ministry responsible for ICT; in serious cases the Cabinet is briefed. We lack the forensic capacity to analyse complex incidents and rely on partners and vendors for technical analysis.'),
('N-B.2', 2, 'A national incident management framework brings together technical, intelligence, legal and diplomatic assessments before any response is decided. Attribution decisions are taken at ministerial level after considering the context and the consequences of the incident.'),
('N-B.2', 3, 'Major incidents are discussed in an ad hoc committee convened by the Directorate of Digital Security. We are drafting procedures that set out which information must be gathered before the government responds publicly.'),
('N-B.2', 4, 'Our cyber crisis procedures require a joint technical and policy assessment within 48 hours, including a review of alternative explanations and the possibility of false-flag activity. Decisions on public attribution follow a documented legal and diplomatic review.'),
('N-B.4', 1, 'Digital forensics training for national CERT staff and access to malware analysis services from a partner team.'),
('N-B.4', 2, 'Not applicable. Our incident assessment framework is well established.'),
('N-B.4', 3, 'Assistance to design national incident assessment procedures and to train analysts in log analysis and threat intelligence.'),
('N-B.4', 4, 'We have no specific needs, but would value exchanges with other States on good practice in attribution processes.'),
-- Norm (c)
('N-C.2', 1, 'Notifications are received by the national CERT, which asks the relevant Internet service provider to clean or disconnect compromised machines. We have no legal power to compel providers, but cooperation has been good in practice.'),
('N-C.2', 2, 'Notifications are handled by the National Cybersecurity Agency under powers in the national cybersecurity law, which allow it to require hosting providers to suspend malicious services. Most notifications are acted on within 24 hours.'),
('N-C.2', 3, 'The ministry in charge of telecommunications forwards notifications to operators on a case-by-case basis. A draft cybersecurity law will create a legal basis for mandatory action and a clear channel for foreign requests.'),
('N-C.2', 4, 'A single point of entry at the national CERT receives notifications from foreign counterparts, verifies them and coordinates takedown with providers and law enforcement. We report back to the notifying State on the action taken.'),
('N-C.4', 1, 'Tools and training to identify compromised devices in our national address space, and model legal provisions on provider obligations.'),
('N-C.4', 2, 'None required at this stage.'),
('N-C.4', 3, 'Technical assistance to set up national monitoring of botnet activity and advice on drafting legal powers for the new cybersecurity law.'),
('N-C.4', 4, 'No needs; our national CERT offers peer exchanges on notification handling.'),
-- Norm (d)
('N-D.2', 1, 'Cybercrime legislation adopted in 2019 criminalises unauthorised access and online fraud. A small unit in the police force handles cybercrime, and we rely on regional partners for forensic examinations.'),
('N-D.2', 2, 'We have comprehensive cybercrime legislation, a national cybercrime centre within the federal police and specialised prosecutors. We are party to international and regional cybercrime conventions and process several hundred mutual legal assistance requests on electronic evidence every year.'),
('N-D.2', 3, 'A cybercrime bill is before Parliament and a cybercrime unit was created within the national police in 2023. Mutual legal assistance is handled by the Ministry of Justice, but requests for electronic evidence are slow.'),
('N-D.2', 4, 'Specialised cybercrime units exist at national and regional police level, and a 24/7 contact point answers urgent requests to preserve data. We cooperate against terrorist use of the Internet through referral of content and joint investigations.'),
('N-D.4', 1, 'Training for police investigators and prosecutors in handling electronic evidence, and digital forensics equipment for the police.'),
('N-D.4', 2, 'None; we provide training to other States on electronic evidence.'),
('N-D.4', 3, 'Help to finalise and implement the cybercrime bill, training for judges and prosecutors, and support to establish a 24/7 contact point.'),
('N-D.4', 4, 'No specific needs for our State; our prosecutors regularly share case experience with counterparts abroad.'),
-- Norm (e)
('N-E.2', 1, 'Our Constitution protects privacy and freedom of expression, and the Data Protection Act applies to government processing. Draft cybersecurity laws are published for public comment before adoption.'),
('N-E.2', 2, 'All intrusive powers require judicial authorisation and are reviewed by an independent oversight commissioner who reports to Parliament. New cybersecurity legislation is subject to a human rights impact assessment and public consultation.'),
('N-E.2', 3, 'A data protection law was adopted in 2022 and a supervisory authority is being set up. Civil society organisations were consulted on the draft national strategy, and human rights language was added to its guiding principles.'),
('N-E.2', 4, 'Our strategy places human rights at its centre: interception requires a warrant, an independent board audits the security services, and a multi-stakeholder advisory group reviews draft laws. We have also committed publicly not to order Internet shutdowns.'),
('N-E.4', 1, 'Advice on balancing privacy and security in our first cybersecurity bill.'),
('N-E.4', 2, 'Not applicable; we support civil-society organisations that train others on rights-respecting cyber policy.'),
('N-E.4', 3, 'Training for the new data protection authority and support to develop a methodology for human rights impact assessments.'),
('N-E.4', 4, 'None at present, although we would join peer reviews of oversight practice.'),
-- Norm (f)
('N-F.2', 1, 'We do not possess offensive ICT capabilities. Our commitment to the norm has been expressed in statements at the United Nations and in the regional organisation.'),
('N-F.2', 2, 'Our published doctrine on cyber operations states that all operations comply with international law and are subject to legal review and ministerial authorisation. A parliamentary committee oversees the activities of the agencies concerned.'),
('N-F.2', 3, 'The commitment is reflected in the foreign policy guidelines approved in 2023. Specific rules for any State ICT activity have not yet been developed.'),
('N-F.2', 4, 'A public policy statement commits the government not to target critical infrastructure that provides services to the public, and legal advisers review every planned operation. The statement was presented to the national parliament and shared with partners.'),
('N-F.4', 1, 'No specific needs, as our State has no ICT capabilities of this kind.'),
('N-F.4', 2, 'None; our doctrine and legal review process are in place.'),
('N-F.4', 3, 'Exchanges with other States on how to translate this commitment into internal rules and oversight.'),
('N-F.4', 4, 'None; we are ready to share our legal review practice.'),
-- Norm (g)
('N-G.2', 1, 'We have identified the electricity utility, the water authority, the port, the airport and the two telecommunications operators as critical. A regulation requiring them to report serious incidents to the national CERT is being drafted.'),
('N-G.2', 2, 'A critical infrastructure law obliges operators in eleven sectors to meet security requirements, report significant incidents within 24 hours and undergo regular audits. Public-private information sharing centres and national exercises every two years support them.'),
('N-G.2', 3, 'A first inventory of critical information infrastructure was completed in 2024 with support from a partner. We are preparing minimum security requirements for the energy and banking sectors.'),
('N-G.2', 4, 'Operators of essential services must appoint security officers, apply risk-based controls and report incidents; sector regulators supervise compliance. The national CERT runs continuous vulnerability scanning of critical systems and an annual exercise with operators.'),
('N-G.4', 1, 'Support to carry out a risk assessment of our power grid and port systems, and training for the few engineers who run them.'),
('N-G.4', 2, 'We have no needs in this area and share our sector regulation experience on request.'),
('N-G.4', 3, 'Technical assistance to develop sector regulations, and tabletop exercises with critical infrastructure operators.'),
('N-G.4', 4, 'None for our State; we offer an exercise methodology to interested partners.'),
-- Norm (h)
('N-H.2', 1, 'Requests would be received by the national CERT or the Ministry of Foreign Affairs. Our capacity to provide technical assistance is limited, but we can act on requests to disconnect malicious servers hosted in our territory.'),
('N-H.2', 2, 'Requests are received through our diplomatic and technical points of contact and assessed within hours by the National Cybersecurity Agency. We have deployed incident response teams abroad at the request of partner States on several occasions.'),
('N-H.2', 3, 'We have no formal procedure yet; requests are handled by the ministry responsible for ICT on a case-by-case basis. A procedure is foreseen in the draft cybersecurity law.'),
('N-H.2', 4, 'A documented procedure sets out how requests are verified, prioritised and answered, with target response times. In the reporting period we answered four requests concerning malicious activity from servers in our territory.'),
('N-H.4', 1, 'Incident response capacity and a rapid-response arrangement with a partner CERT that could assist us.'),
('N-H.4', 2, 'Not needed. We can deploy rapid response teams to assist other States.'),
('N-H.4', 3, 'Template procedures for handling requests and training for the points of contact.'),
('N-H.4', 4, 'None; our procedure is documented and tested in annual exercises.'),
-- Norm (i)
('N-I.2', 1, 'We rely on imported equipment and have no testing facility. Government procurement requires vendors to provide security updates for the life of the product.'),
('N-I.2', 2, 'Security requirements apply to all government ICT procurement, and a national certification scheme covers network equipment used by critical operators. Export controls apply to intrusion software and surveillance technologies.'),
('N-I.2', 3, 'Guidelines for secure procurement by public bodies were issued in 2024. We are studying the creation of a national laboratory to test ICT products.'),
('N-I.2', 4, 'A supply-chain risk framework requires critical operators to assess vendors, and software suppliers to government must provide software bills of materials. We work with industry on secure-by-design principles and control the export of intrusion tools.'),
('N-I.4', 1, 'Guidance for procurement officers on security clauses and access to shared regional testing services.'),
('N-I.4', 2, 'None for our State; our certification body cooperates with counterparts on mutual recognition.'),
('N-I.4', 3, 'Expertise to establish a product testing laboratory and training on international standards for ICT security.'),
('N-I.4', 4, 'No needs at present; we would welcome international dialogue on software transparency.'),
-- Norm (j)
('N-J.2', 1, 'Vulnerabilities are reported to the national CERT by email, which informs the vendors concerned. We have no formal disclosure policy.'),
('N-J.2', 2, 'A national coordinated vulnerability disclosure policy covers public and private sectors, with a safe harbour for good-faith researchers. An inter-agency process decides on the disclosure of vulnerabilities discovered by government, with a strong presumption in favour of disclosure.'),
('N-J.2', 3, 'The national CERT published a vulnerability reporting page for government websites in 2024. A policy covering the private sector is under discussion.'),
('N-J.2', 4, 'Our CVD policy, adopted in 2019, has handled more than a thousand reports; the national CERT coordinates with vendors and publishes advisories. Researchers acting in good faith are protected from prosecution.'),
('N-J.4', 1, 'A model disclosure policy we can adapt, and training for CERT staff in vulnerability handling.'),
('N-J.4', 2, 'None; the national CERT offers to help other teams set up disclosure programmes.'),
('N-J.4', 3, 'Legal advice on protecting security researchers and help to extend our disclosure policy to the private sector.'),
('N-J.4', 4, 'No needs; we support a regional bug bounty programme.'),
-- Norm (k)
('N-K.2', 1, 'The national CERT, established in 2020 within the telecommunications regulator, has a purely defensive mandate. It has three staff and is a member of the regional CERT network.'),
('N-K.2', 2, 'The national CERT operates under a public mandate limited to incident prevention and response, separate from intelligence and military bodies. It is a member of global and regional incident response communities.'),
('N-K.2', 3, 'A national CERT was created by decree in 2023 and is building its capacity; its mandate is civilian and protective. We are applying to join international CERT networks.'),
('N-K.2', 4, 'The mandate of our national and sectoral CERTs is set out in law, which prohibits their use for offensive activity. Their independence is protected by a separate budget and governance board, and they publish annual activity reports.'),
('N-K.4', 1, 'Funding and mentoring to sustain the national CERT, and support to obtain accreditation with international networks.'),
('N-K.4', 2, 'No support required for our own teams.'),
('N-K.4', 3, 'A CERT maturity assessment, a twinning arrangement with an established team, and training in incident handling.'),
('N-K.4', 4, 'None; our CERT mentors two teams in the region.'),
-- Confidence-building measures
('CBM.5', 1, 'We nominated both points of contact in 2024 and answered the last communication check. Regionally we take part in the annual cyber exercise of our regional organisation, which showed the value of knowing counterparts personally.'),
('CBM.5', 2, 'We implement all regional confidence-building measures, publish our strategy and doctrine, and share information on our national structures. Scenario-based exercises with partners have shown that clear escalation channels are essential in a crisis.'),
('CBM.5', 3, 'We registered our points of contact in the global directory in 2024 and attended our first regional tabletop exercise. Lesson learned: contact details must be kept up to date when staff change.'),
('CBM.5', 4, 'Our points of contact are tested monthly, and we have proposed regional guidance on how to use the directory in an incident. We regularly brief other States on our cyber policy and organise visits to our national CERT.'),
-- Capacity-building
('CB.3', 1, 'We received training for national CERT staff from a partner State and equipment for the CERT through a regional programme. Officials also took part in a cyber diplomacy course.'),
('CB.3', 2, 'We fund capacity-building programmes in over forty States, including CERT development, cybercrime training and cyber diplomacy fellowships, and contribute to trust funds of international organisations.'),
('CB.3', 3, 'With support from a development partner we drafted our national strategy and completed an inventory of critical infrastructure. Police officers received training in digital forensics.'),
('CB.3', 4, 'We provide mentoring to CERTs in our region and host an annual course on international law and cyber norms, while also learning from partners on critical infrastructure regulation.'),
('CB.NEEDS-DETAIL', 1, 'First priority is sustaining the national CERT, which depends on three staff. Second, legislation on cybercrime and data protection. Third, awareness programmes for public servants and small businesses.'),
('CB.NEEDS-DETAIL', 2, 'We have no specific capacity-building needs at present.'),
('CB.NEEDS-DETAIL', 3, 'Our priorities are: training analysts for the national CERT, technical assistance to implement the new cybersecurity law, and support to develop a national position on international law, within the next two years.'),
('CB.NEEDS-DETAIL', 4, 'Our needs are limited to specialised areas such as the security of industrial control systems and post-quantum cryptography, where we seek exchanges of expertise.'),
('CB.OFFERS', 1, 'We can share our experience of building a national CERT with very limited resources with other small island States.'),
('CB.OFFERS', 2, 'We offer training in incident response, cybercrime investigation and international law, and funding through bilateral programmes; requests can be made through our Ministry of Foreign Affairs.'),
('CB.OFFERS', 3, 'We can host study visits to our e-government security programme for States in our region.'),
('CB.OFFERS', 4, 'We offer CERT twinning, an exercise methodology, and fellowships for diplomats, including a programme reserved for women.'),
-- Gender and the digital divide
('GEN.4', 1, 'Women lead two of the three institutions involved in cybersecurity. We run a programme encouraging girls to study ICT in secondary school.'),
('GEN.4', 2, 'Our strategy sets a target for the share of women in the cyber workforce, and the security agency runs mentoring and return-to-work programmes. We fund fellowships so that women diplomats can take part in UN cyber discussions.'),
('GEN.4', 3, 'We are beginning to collect gender-disaggregated data on the ICT workforce, and scholarships for women in cybersecurity started in 2024.'),
('GEN.4', 4, 'Gender analysis is part of every new cyber policy, including the different ways women and men experience online harms. Recruitment campaigns, flexible work and leadership training have raised the share of women in our cyber agencies.'),
('GEN.5', 1, 'Expanding broadband to the outer islands through a new submarine cable and community access centres is a priority. Digital literacy courses are offered in every community hall, with a focus on women and older persons.'),
('GEN.5', 2, 'Universal service funding extends high-speed connectivity to rural areas, and a national digital skills programme offers free courses, with special modules on online safety for women and persons with disabilities.'),
('GEN.5', 3, 'A national broadband plan aims to connect all schools by 2027. Mobile operators offer subsidised data packages, and cyber hygiene campaigns are run in local languages in rural areas.'),
('GEN.5', 4, 'Almost universal connectivity has shifted our focus to skills and affordability: free cyber hygiene training for older people and small enterprises, and digital inclusion grants for low-income households.'),
-- Regular institutional dialogue
('DIA.2', 1, 'We consulted the telecommunications operators and the university when preparing this report.'),
('DIA.2', 2, 'A public consultation preceded this report, and our national multi-stakeholder cyber forum meets twice a year; submissions are published online.'),
('DIA.2', 3, 'Stakeholders were consulted on the national strategy; for future reports we intend to hold a workshop with industry, academia and civil society.'),
('DIA.2', 4, 'Our delegation to the Programme of Action includes advisers from industry and civil society, and a standing advisory group reviewed the draft of this report.'),
('DIA.3', 1, 'Meetings should be scheduled to allow small delegations to attend, with remote participation and travel support, and the survey should be shorter.'),
('DIA.3', 2, 'The Programme should focus on practical implementation: regular working groups on critical infrastructure protection and on the points of contact directory, and a mechanism to match capacity-building needs and offers.'),
('DIA.3', 3, 'We suggest regional workshops on completing this survey and a guide with examples of good answers for States reporting for the first time.'),
('DIA.3', 4, 'We propose a thematic working group on the protection of critical infrastructure and the publication of an annual synthesis of national reports to show progress over time.');

do $$
declare
    tpl bigint := (select id from report_template where code = 'NSI' and edition = 1);
begin
    if exists (select 1 from reporting_cycle where created_by = 'demo') then
        return;
    end if;

    insert into reporting_cycle (title, template_id, opens_on, deadline, original_deadline, reminder_days,
                                 created_by, updated_by)
    values ('Reporting cycle 2024', tpl, date '2024-02-01', date '2024-06-30', date '2024-06-30', '{30,14,7,1}', 'demo', 'demo'),
           ('Reporting cycle 2025', tpl, date '2025-02-01', date '2025-06-30', date '2025-06-30', '{30,14,7,1}', 'demo', 'demo'),
           ('Reporting cycle 2026', tpl, date '2026-02-01', date '2026-07-15', date '2026-06-30', '{30,14,7,1}', 'demo', 'demo'),
           ('Reporting cycle 2026-2027', tpl, date '2026-10-01', date '2027-01-31', date '2027-01-31', '{30,14,7,1}', 'demo', 'demo');

    create temporary table demo_cycle on commit drop as
    select id, row_number() over (order by opens_on)::int as n, title, opens_on, deadline
    from reporting_cycle where created_by = 'demo';

    -- who reports when: a State that reported once keeps reporting; El Salvador files its first report now
    create temporary table demo_filing on commit drop as
    select s.id as state_id, s.iso3, s.name_en, c.id as cycle_id, c.n, c.title, c.opens_on, c.deadline,
           (c.deadline::timestamp + interval '12 hours'
              - ((abs(hashtext(s.iso3 || c.n)) % 70) || ' days')::interval
              + case when abs(hashtext(s.iso3 || 'late' || c.n)) % 8 = 0
                     then ((1 + abs(hashtext(s.iso3 || 'by' || c.n)) % 25) || ' days')::interval
                     else interval '0 days' end) at time zone 'UTC' as submitted_at
    from state s cross join demo_cycle c
    where s.iso3 <> 'SLV'
      and ((c.n <= 3 and (abs(hashtext(s.iso3 || 'reports')) % 100 < 25 + 12 * c.n
                          or s.iso3 in ('MEX', 'KEN', 'JPN', 'EST', 'FRA', 'BRA', 'IND', 'EGY')))
           or (c.n = 4 and abs(hashtext(s.iso3 || 'reports')) % 100 < 12 and s.iso3 <> 'MEX'));

    insert into national_report (state_id, cycle_id, title, status, visibility, language, submitted_at,
                                 first_submitted_at, created_at, created_by, updated_at, updated_by)
    select f.state_id, f.cycle_id, f.name_en || ': ' || f.title, 'SUBMITTED',
           case when abs(hashtext(f.iso3 || 'visibility')) % 10 < 6 then 'PUBLIC'
                when abs(hashtext(f.iso3 || 'visibility')) % 10 < 8 then 'STATES'
                else 'SECRETARIAT' end,
           'en', f.submitted_at, f.submitted_at, f.submitted_at - interval '21 days', 'demo',
           f.submitted_at, 'demo'
    from demo_filing f;

    -- Mexico: its report for the open cycle is with the approver
    insert into national_report (state_id, cycle_id, title, status, visibility, language, created_by, updated_by)
    select s.id, c.id, 'Informe nacional de México 2026-2027', 'IN_REVIEW', 'PUBLIC', 'es', 'demo', 'demo'
    from state s, demo_cycle c where s.iso3 = 'MEX' and c.n = 4;
    -- El Salvador: its first report, half drafted
    insert into national_report (state_id, cycle_id, title, status, visibility, language, created_by, updated_by)
    select s.id, c.id, 'Informe nacional de El Salvador 2026-2027', 'DRAFT', 'PUBLIC', 'es', 'demo', 'demo'
    from state s, demo_cycle c where s.iso3 = 'SLV' and c.n = 4;

    -- answers
    insert into report_answer (report_id, question_id, text_value, choices, number_value, date_value)
    select r.id, q.id,
           case when q.type = 'TEXT' then
               (select t.text_value from demo_text_answer t
                where t.question_code = q.code and t.variant = 1 + abs(hashtext(s.iso3 || q.code)) % 4) end,
           case q.type
               when 'YES_PARTLY_NO' then array[case when h.v < 28 + 12 * c.n then 'YES'
                                                    when h.v < 58 + 10 * c.n then 'PARTLY'
                                                    when h.v < 96 then 'NO'
                                                    else 'NOT_APPLICABLE' end]
               when 'SINGLE_CHOICE' then array[split_part(q.options[1 + h.v % cardinality(q.options)], '=', 1)]
               when 'MULTIPLE_CHOICE' then array(
                   select split_part(o.label, '=', 1) from unnest(q.options) with ordinality as o(label, i)
                   where abs(hashtext(s.iso3 || q.code || o.i || (c.n / 2))) % 3 = 0
                      or o.i = 1 + h.v % cardinality(q.options)
                   order by o.i)
               else '{}'::text[] end,
           case when q.type = 'NUMBER' then
               case when q.code = 'CTX.2' then 2012 + h.v % 12 else 8 + h.v % 45 end end,
           case when q.type = 'DATE' then c.opens_on - (h.v * 3) end
    from national_report r
    join state s on s.id = r.state_id
    join demo_cycle c on c.id = r.cycle_id
    join template_question q on q.template_id = tpl
    join template_section ts on ts.id = q.section_id
    cross join lateral (select abs(hashtext(s.iso3 || q.code)) % 100 as v) h
    where r.created_by = 'demo' and q.type <> 'ATTACHMENT'
      and not (q.optional and abs(hashtext(s.iso3 || q.code || 'skip' || c.n)) % 3 = 0)
      and (s.iso3 <> 'SLV' or ts.position <= 4);
    delete from report_answer a using national_report r
    where r.id = a.report_id and r.created_by = 'demo'
      and a.text_value is null and cardinality(a.choices) = 0 and a.number_value is null and a.date_value is null;

    -- Mexico and El Salvador write in Spanish
    update report_answer a set text_value = case abs(hashtext(q.code)) % 3
            when 0 then 'La Agencia Nacional de Ciberseguridad coordina la aplicación de este compromiso con el CSIRT nacional, los operadores de infraestructura crítica y el Ministerio de Relaciones Exteriores.'
            when 1 then 'Se adoptó una estrategia nacional de ciberseguridad con un plan de acción anual; la cooperación regional con la OEA y los Estados vecinos es prioritaria.'
            else 'Se requiere apoyo en capacitación técnica del personal del CSIRT, en la protección de la infraestructura crítica y en la participación de mujeres en el sector.' end
    from national_report r, state s, template_question q
    where r.id = a.report_id and s.id = r.state_id and q.id = a.question_id and q.type = 'TEXT'
      and r.created_by = 'demo' and s.iso3 in ('MEX', 'SLV') and r.language = 'es';

    -- a few States revised their 2026 report: the first version stays on record, superseded
    insert into national_report (state_id, cycle_id, revision, revises_id, title, status, visibility, language,
                                 submitted_at, first_submitted_at, created_at, created_by, updated_at, updated_by)
    select r.state_id, r.cycle_id, 2, r.id, r.title, 'SUBMITTED', r.visibility, r.language,
           r.submitted_at + interval '40 days', r.first_submitted_at, r.submitted_at + interval '30 days', 'demo',
           r.submitted_at + interval '40 days', 'demo'
    from national_report r join state s on s.id = r.state_id join demo_cycle c on c.id = r.cycle_id
    where r.created_by = 'demo' and c.n = 3 and (abs(hashtext(s.iso3 || 'revises')) % 12 = 0 or s.iso3 = 'KEN');
    insert into report_answer (report_id, question_id, text_value, choices, number_value, date_value)
    select n.id, a.question_id,
           case when q.code = 'N-G.2' and a.text_value is not null
                then a.text_value || ' Since our first submission, the register of critical infrastructure was updated and two further sectors were designated.'
                else a.text_value end,
           a.choices, a.number_value, a.date_value
    from national_report n join report_answer a on a.report_id = n.revises_id join template_question q on q.id = a.question_id
    where n.created_by = 'demo' and n.revision = 2;
    update national_report set superseded = true
    where created_by = 'demo' and id in (select revises_id from national_report where created_by = 'demo' and revision = 2);

    -- what each report records about itself: completeness and the text that search reads
    update national_report r
    set question_count = (select count(*) from template_question where template_id = tpl),
        answered_count = (select count(*) from report_answer a where a.report_id = r.id),
        search_text = r.title || E'\n' || coalesce((select string_agg(a.text_value, E'\n' order by a.question_id)
                                                    from report_answer a
                                                    where a.report_id = r.id and a.text_value is not null), '')
    where r.created_by = 'demo';

    insert into report_section (report_id, section_id, unchanged, edits, updated_at, updated_by)
    select r.id, ts.id, false, case when r.status = 'DRAFT' and ts.position > 4 then 0 else 1 end,
           coalesce(r.submitted_at, r.updated_at), 'demo'
    from national_report r join template_section ts on ts.template_id = tpl
    where r.created_by = 'demo';

    insert into report_event (report_id, kind, comment, at, actor)
    select r.id, case when r.revision = 1 then 'STARTED' else 'REVISION_STARTED' end, '', r.created_at, 'demo'
    from national_report r where r.created_by = 'demo';
    insert into report_event (report_id, kind, comment, at, actor)
    select r.id, 'SENT_FOR_REVIEW', '', coalesce(r.submitted_at - interval '2 days', r.updated_at), 'demo'
    from national_report r where r.created_by = 'demo' and r.status in ('IN_REVIEW', 'SUBMITTED');
    insert into report_event (report_id, kind, comment, at, actor)
    select r.id, 'SUBMITTED', '', r.submitted_at, 'demo'
    from national_report r where r.created_by = 'demo' and r.status = 'SUBMITTED';
end
$$;
