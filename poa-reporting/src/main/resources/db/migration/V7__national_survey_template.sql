-- The National Survey of Implementation (NSI, edition 1), published: the questionnaire States answer in their
-- voluntary national reports. It follows the UNIDIR-supported survey (international law, the eleven norms,
-- confidence-building, capacity-building) and adds national context, threats, gender and institutional dialogue.

insert into report_template (code, edition, title, description, status, published_at, created_by, updated_by)
values ('NSI', 1, 'National Survey of Implementation',
        'The National Survey of Implementation invites each State to describe, on a voluntary basis, how it '
        || 'implements the framework of responsible State behaviour in the use of ICTs in the context of international '
        || 'security: its national context, the existing and potential threats it sees, how international law applies, '
        || 'each of the eleven voluntary norms, confidence-building measures, capacity-building, the gender and '
        || 'digital-divide dimension, and its participation in regular institutional dialogue. It follows the '
        || 'structure of the UNIDIR-supported National Survey of Implementation so that States can reuse earlier work '
        || 'and avoid reporting fatigue; answers are carried forward from one cycle to the next, and the '
        || 'capacity-building needs States declare feed the secretariat''s synthesis.',
        'PUBLISHED', '2024-01-15T09:00:00Z', 'system', 'system');

insert into template_section (template_id, position, code, title, description, pillar)
select t.id, v.position, v.code, v.title, v.description, v.pillar
from report_template t
cross join (values
    (1, 'CTX', 'National context',
     'How your State organises ICT security at the national level: strategy, lead institutions and incident '
     || 'response capability. This context helps readers understand your answers in the other sections.',
     'NATIONAL_CONTEXT'),
    (2, 'THR', 'Existing and potential threats',
     'The existing and potential threats in the use of ICTs that your State considers most relevant to '
     || 'international peace and security, and how it assesses them.',
     'THREATS'),
    (3, 'LAW', 'International law',
     'How your State understands the application of international law, in particular the Charter of the United '
     || 'Nations, to the use of ICTs by States, and whether it has set out that understanding publicly.',
     'INTERNATIONAL_LAW'),
    (4, 'NORM-A', 'Norm (a): Interstate cooperation on security',
     'Consistent with the purposes of the United Nations, States should cooperate in developing and applying '
     || 'measures to increase stability and security in the use of ICTs and to prevent ICT practices that are '
     || 'acknowledged to be harmful or that may pose threats to international peace and security.',
     'NORMS'),
    (5, 'NORM-B', 'Norm (b): Considering all relevant information',
     'In case of ICT incidents, States should consider all relevant information, including the larger context of '
     || 'the event, the challenges of attribution in the ICT environment, and the nature and extent of the '
     || 'consequences.',
     'NORMS'),
    (6, 'NORM-C', 'Norm (c): Preventing misuse of national territory',
     'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
     'NORMS'),
    (7, 'NORM-D', 'Norm (d): Cooperation against criminal and terrorist use of ICTs',
     'States should consider how best to cooperate to exchange information, assist each other, prosecute '
     || 'terrorist and criminal use of ICTs and implement other cooperative measures to address such threats.',
     'NORMS'),
    (8, 'NORM-E', 'Norm (e): Human rights and privacy',
     'In ensuring the secure use of ICTs, States should respect human rights, including the right to privacy and '
     || 'freedom of expression, in line with the relevant resolutions of the Human Rights Council and the General '
     || 'Assembly on human rights on the Internet and the right to privacy in the digital age.',
     'NORMS'),
    (9, 'NORM-F', 'Norm (f): No damage to critical infrastructure',
     'A State should not conduct or knowingly support ICT activity contrary to its obligations under international '
     || 'law that intentionally damages critical infrastructure or otherwise impairs its use and operation to '
     || 'provide services to the public.',
     'NORMS'),
    (10, 'NORM-G', 'Norm (g): Protecting critical infrastructure',
     'States should take appropriate measures to protect their critical infrastructure from ICT threats, taking '
     || 'into account General Assembly resolution 58/199 on a global culture of cybersecurity and the protection '
     || 'of critical information infrastructures.',
     'NORMS'),
    (11, 'NORM-H', 'Norm (h): Responding to requests for assistance',
     'States should respond to appropriate requests for assistance by another State whose critical infrastructure '
     || 'is subject to malicious ICT acts, and to appropriate requests to mitigate malicious ICT activity aimed at '
     || 'the critical infrastructure of another State emanating from their territory, with due regard for '
     || 'sovereignty.',
     'NORMS'),
    (12, 'NORM-I', 'Norm (i): Supply chain integrity',
     'States should take reasonable steps to ensure the integrity of the supply chain so that end users can have '
     || 'confidence in the security of ICT products, and should seek to prevent the proliferation of malicious ICT '
     || 'tools and techniques and the use of harmful hidden functions.',
     'NORMS'),
    (13, 'NORM-J', 'Norm (j): Reporting ICT vulnerabilities',
     'States should encourage responsible reporting of ICT vulnerabilities and share associated information on '
     || 'available remedies, to limit and possibly eliminate potential threats to ICTs and ICT-dependent '
     || 'infrastructure.',
     'NORMS'),
    (14, 'NORM-K', 'Norm (k): Protecting emergency response teams',
     'States should not conduct or knowingly support activity to harm the information systems of the authorised '
     || 'emergency response teams (CERTs/CSIRTs) of another State, and should not use their own authorised '
     || 'emergency response teams to engage in malicious international activity.',
     'NORMS'),
    (15, 'CBM', 'Confidence-building measures',
     'Measures that increase transparency, predictability and trust between States and reduce the risk of '
     || 'misperception and escalation, including the Global Intergovernmental Points of Contact Directory, '
     || 'communication checks and regional arrangements.',
     'CONFIDENCE_BUILDING'),
    (16, 'CB', 'Capacity-building',
     'The capacity-building assistance your State provides or receives for implementing the framework, and the '
     || 'needs it would like to see met. Answers that describe needs are listed in the secretariat''s synthesis so '
     || 'that offers of assistance can be matched to them.',
     'CAPACITY_BUILDING'),
    (17, 'GEN', 'Gender and the digital divide',
     'Women''s participation in international ICT security discussions and in the national cyber workforce, and '
     || 'the measures your State takes to narrow digital divides, including the gender digital divide.',
     'GENDER_DIGITAL_DIVIDE'),
    (18, 'DIA', 'Regular institutional dialogue',
     'Your State''s participation in the Programme of Action and in other regular institutional dialogue on ICT '
     || 'security, and its suggestions for the work of the Programme.',
     'INSTITUTIONAL_DIALOGUE')
) as v(position, code, title, description, pillar)
where t.code = 'NSI' and t.edition = 1;

-- Questions, one statement per section. Every question takes its section's pillar; norm questions also carry
-- the norm letter. In each list the first row casts the options column so that '{}' is read as text[].

-- 1. National context
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, null,
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'CTX.1', 'YES_PARTLY_NO',
     'Does your State have a national ICT security (cybersecurity) strategy?',
     'Answer Partly if a strategy is in draft, has expired without being renewed, or covers only some sectors.',
     false, '{}'::text[], false),
    (2, 'CTX.2', 'NUMBER',
     'In which year was the current strategy adopted?',
     'Give the four-digit year, for example 2022.',
     true, '{}', false),
    (3, 'CTX.3', 'TEXT',
     'Which institution leads and coordinates national ICT security policy?',
     'Name the lead ministry or agency and briefly describe its mandate; mention the other key bodies if '
     || 'responsibility is shared.',
     false, '{}', false),
    (4, 'CTX.4', 'ATTACHMENT',
     'Attach the national ICT security strategy, if it is available.',
     'A document in any official language of the United Nations is accepted.',
     true, '{}', false),
    (5, 'CTX.5', 'YES_PARTLY_NO',
     'Does your State have a national computer emergency or security incident response team (CERT/CSIRT)?',
     'Answer Partly if incident response is provided only for some sectors or by a team without a national '
     || 'mandate.',
     false, '{}', false),
    (6, 'CTX.6', 'TEXT',
     'How is ICT security coordinated across government and with the private sector and other stakeholders?',
     'Describe coordination bodies, information-sharing arrangements and how operators, academia and civil '
     || 'society are involved.',
     true, '{}', false)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'CTX';

-- 2. Existing and potential threats
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, null,
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'THR.1', 'MULTIPLE_CHOICE',
     'Which ICT threats are of greatest concern to your State?',
     'Select the threats your State considers most significant for its security and for international peace and '
     || 'security.',
     false,
     ARRAY['RANSOMWARE=Ransomware',
           'CI=Attacks on critical infrastructure',
           'ESPIONAGE=Espionage and theft of sensitive information',
           'SUPPLY_CHAIN=Supply-chain compromise',
           'DDOS=Denial-of-service attacks',
           'CRIME=Cybercrime and online fraud',
           'INTERFERENCE=Use of ICTs to interfere in internal affairs',
           'INTRUSION_TOOLS=Proliferation of commercial intrusion tools',
           'EMERGING=Misuse of emerging technologies such as artificial intelligence'],
     false),
    (2, 'THR.2', 'TEXT',
     'Describe the threats of greatest concern and how they affect your State.',
     'Include the trends observed, the sectors most affected and, where possible, significant incidents in the '
     || 'reporting period, without confidential details.',
     false, '{}', false),
    (3, 'THR.3', 'DATE',
     'When was your State''s most recent national ICT threat assessment completed?',
     'Give the date of the latest national or government-wide assessment; leave blank if none has been carried '
     || 'out.',
     true, '{}', false),
    (4, 'THR.4', 'TEXT',
     'Which emerging or potential threats should the Programme of Action pay more attention to?',
     'For example threats arising from new technologies, or threats that particularly affect your region.',
     true, '{}', false)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'THR';

-- 3. International law
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, null,
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'LAW.1', 'YES_PARTLY_NO',
     'Has your State published a national position on how international law applies to the use of ICTs by '
     || 'States?',
     'Answer Partly if your State has expressed its views in statements or submissions without a comprehensive '
     || 'position, or if a position is being prepared.',
     false, '{}'::text[], false),
    (2, 'LAW.2', 'TEXT',
     'Give a link to your State''s position, or describe its main elements and how far its preparation has '
     || 'advanced.',
     'If there is no position, describe how your State has expressed its views (for example in statements at the '
     || 'United Nations) and any plans to develop one.',
     false, '{}', false),
    (3, 'LAW.3', 'MULTIPLE_CHOICE',
     'Which areas of international law does your State''s position or stated view address?',
     'Select all that apply; leave blank if your State has not yet expressed a view.',
     true,
     ARRAY['SOVEREIGNTY=Sovereignty',
           'NON_INTERVENTION=Non-intervention',
           'USE_OF_FORCE=Prohibition of the use of force and self-defence',
           'IHL=International humanitarian law',
           'HUMAN_RIGHTS=International human rights law',
           'STATE_RESPONSIBILITY=State responsibility',
           'DUE_DILIGENCE=Due diligence',
           'PEACEFUL_SETTLEMENT=Peaceful settlement of disputes'],
     false),
    (4, 'LAW.4', 'ATTACHMENT',
     'Attach your State''s position document, if available.',
     'A document in any official language of the United Nations is accepted.',
     true, '{}', false),
    (5, 'LAW.5', 'TEXT',
     'What support would help your State develop its understanding of how international law applies to the use '
     || 'of ICTs?',
     'For example training for government legal advisers, access to expert exchanges, or help in drafting a '
     || 'national position.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'LAW';

-- 4. Norm (a)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'a',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-A.1', 'YES_PARTLY_NO',
     'Does your State cooperate with other States on measures to increase stability and security in the use of '
     || 'ICTs?',
     'Answer Yes if the cooperation is regular and institutionalised, for example through agreements or standing '
     || 'dialogues; Partly if it is occasional or limited to a few areas.',
     false, '{}'::text[], false),
    (2, 'N-A.2', 'TEXT',
     'Describe the main cooperative measures your State has taken or joined to increase stability and security '
     || 'in the use of ICTs.',
     'Include bilateral, regional and multilateral initiatives and joint exercises, and any ICT practices your '
     || 'State considers harmful and has worked with others to prevent.',
     false, '{}', false),
    (3, 'N-A.3', 'MULTIPLE_CHOICE',
     'Through which channels does your State cooperate on ICT security?',
     'Select all that apply.',
     false,
     ARRAY['UN=United Nations processes',
           'REGIONAL=Regional or sub-regional organisations',
           'BILATERAL=Bilateral agreements or dialogues',
           'CERT=CERT-to-CERT cooperation',
           'INDUSTRY=Partnerships with industry',
           'MULTISTAKEHOLDER=Multi-stakeholder initiatives'],
     false),
    (4, 'N-A.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example support to take part in regional cooperation mechanisms or to set up international cooperation '
     || 'arrangements; leave blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-A';

-- 5. Norm (b)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'b',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-B.1', 'YES_PARTLY_NO',
     'Does your State have arrangements to consider all relevant information, including the wider context and '
     || 'the consequences, when responding to a significant ICT incident?',
     'Answer Partly if such arrangements exist only for some types of incident or are informal.',
     false, '{}'::text[], false),
    (2, 'N-B.2', 'TEXT',
     'Describe how your State assesses significant ICT incidents before deciding on a response.',
     'Include the institutions involved, how technical, legal and political information is brought together, and '
     || 'how your State deals with the challenges of attribution.',
     false, '{}', false),
    (3, 'N-B.3', 'SINGLE_CHOICE',
     'Which best describes your State''s process for assessing and, where relevant, attributing significant ICT '
     || 'incidents?',
     '',
     false,
     ARRAY['FORMAL=A formal process with designated roles',
           'AD_HOC=An ad hoc process convened case by case',
           'DEVELOPING=A process under development',
           'NONE=No such process'],
     false),
    (4, 'N-B.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example forensic and analytical skills, or legal and policy advice on responding to incidents; leave '
     || 'blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-B';

-- 6. Norm (c)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'c',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-C.1', 'YES_PARTLY_NO',
     'Has your State taken measures to prevent its territory from being used for internationally wrongful acts '
     || 'using ICTs?',
     'Answer Partly if measures exist but your State cannot yet act on every notification it receives.',
     false, '{}'::text[], false),
    (2, 'N-C.2', 'TEXT',
     'Describe how your State responds when it is notified that ICT infrastructure in its territory is being '
     || 'used for malicious activity against another State.',
     'Include the authorities responsible, their legal powers, cooperation with service providers and typical '
     || 'response times.',
     false, '{}', false),
    (3, 'N-C.3', 'MULTIPLE_CHOICE',
     'Which of the following measures does your State have in place?',
     'Select all that apply.',
     false,
     ARRAY['LEGAL_BASIS=Legal powers to act against malicious infrastructure',
           'NOTIFICATION=A channel to receive notifications from other States',
           'PROVIDERS=Cooperation arrangements with service and hosting providers',
           'TAKEDOWN=Procedures to take down or sinkhole malicious infrastructure',
           'MONITORING=National monitoring of malicious activity',
           'NONE=None of these yet'],
     false),
    (4, 'N-C.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example technical tools to detect compromised infrastructure, or help in drafting legal powers; leave '
     || 'blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-C';

-- 7. Norm (d)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'd',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-D.1', 'YES_PARTLY_NO',
     'Does your State cooperate with other States to exchange information, assist each other and prosecute '
     || 'criminal and terrorist use of ICTs?',
     'Answer Partly if cooperation is possible only in some cases, for example without a legal basis for mutual '
     || 'legal assistance in electronic evidence.',
     false, '{}'::text[], false),
    (2, 'N-D.2', 'TEXT',
     'Describe the measures your State has taken to address criminal and terrorist use of ICTs, including '
     || 'international cooperation.',
     'Mention legislation, specialised units, mutual legal assistance and cooperation with other States or '
     || 'organisations. A reference to information already reported in other processes is enough.',
     false, '{}', false),
    (3, 'N-D.3', 'MULTIPLE_CHOICE',
     'Which of the following instruments does your State use?',
     'Select all that apply.',
     false,
     ARRAY['LEGISLATION=National cybercrime legislation',
           'CONVENTION=An international or regional cybercrime convention',
           'MLA=Mutual legal assistance agreements',
           'CONTACT_247=A 24/7 law-enforcement contact point',
           'UNIT=A specialised law-enforcement cybercrime unit',
           'CT=Specific measures against terrorist use of ICTs'],
     false),
    (4, 'N-D.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example training for investigators, prosecutors and judges, or digital forensics equipment; leave blank '
     || 'if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-D';

-- 8. Norm (e)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'e',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-E.1', 'YES_PARTLY_NO',
     'Do your State''s ICT security laws and policies include safeguards for human rights, including the right to '
     || 'privacy and freedom of expression?',
     'Answer Partly if safeguards apply to some laws or policies but not to others.',
     false, '{}'::text[], false),
    (2, 'N-E.2', 'TEXT',
     'Describe how your State ensures that its measures for the secure use of ICTs respect human rights.',
     'Include legal safeguards, oversight bodies, and how civil society and other stakeholders are consulted when '
     || 'ICT security laws are prepared.',
     false, '{}', false),
    (3, 'N-E.3', 'MULTIPLE_CHOICE',
     'Which of the following safeguards apply to your State''s ICT security measures?',
     'Select all that apply.',
     false,
     ARRAY['PRIVACY_LAW=Data protection and privacy legislation',
           'OVERSIGHT=Independent oversight of surveillance and interception',
           'IMPACT_ASSESSMENT=Human rights impact assessment of new laws or policies',
           'CONSULTATION=Public or civil-society consultation',
           'REMEDY=Access to an effective remedy',
           'EXPRESSION=Protection of freedom of expression online'],
     false),
    (4, 'N-E.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example advice on rights-respecting legislation or training for oversight bodies; leave blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-E';

-- 9. Norm (f)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'f',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-F.1', 'YES_PARTLY_NO',
     'Has your State committed, in policy or in practice, not to conduct or knowingly support ICT activity that '
     || 'intentionally damages critical infrastructure providing services to the public?',
     'Answer Yes if the commitment is expressed in national policy, doctrine or official statements.',
     false, '{}'::text[], false),
    (2, 'N-F.2', 'TEXT',
     'Describe the national policies, doctrine or oversight arrangements that give effect to this norm.',
     'For example rules governing any State ICT capabilities, legal review of operations, parliamentary oversight '
     || 'or public statements of commitment.',
     false, '{}', false),
    (3, 'N-F.3', 'SINGLE_CHOICE',
     'How has your State expressed its commitment to this norm?',
     '',
     false,
     ARRAY['PUBLIC=In a public policy, doctrine or official statement',
           'INTERNAL=In internal guidance only',
           'CONSIDERING=Under consideration',
           'NOT_EXPRESSED=Not yet expressed'],
     false),
    (4, 'N-F.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example exchanges on national policy and legal review practices; leave blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-F';

-- 10. Norm (g)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'g',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-G.1', 'YES_PARTLY_NO',
     'Has your State taken measures to protect its critical infrastructure from ICT threats?',
     'Answer Partly if measures cover only some critical sectors or are still being put in place.',
     false, '{}'::text[], false),
    (2, 'N-G.2', 'TEXT',
     'Describe your State''s measures to protect critical infrastructure from ICT threats.',
     'Include how critical infrastructure is identified, requirements on operators, public-private cooperation, '
     || 'exercises and incident reporting obligations.',
     false, '{}', false),
    (3, 'N-G.3', 'MULTIPLE_CHOICE',
     'Which sectors has your State designated as critical infrastructure?',
     'Select all that apply; leave blank if no sectors have been designated yet.',
     true,
     ARRAY['ENERGY=Energy',
           'WATER=Water and sanitation',
           'HEALTH=Health care',
           'FINANCE=Banking and finance',
           'TELECOM=Telecommunications and the Internet',
           'TRANSPORT=Transport',
           'GOVERNMENT=Government services',
           'ELECTIONS=Electoral infrastructure',
           'FOOD=Food and agriculture'],
     false),
    (4, 'N-G.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example help in identifying critical infrastructure, sector regulation or exercises with operators; '
     || 'leave blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-G';

-- 11. Norm (h)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'h',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-H.1', 'YES_PARTLY_NO',
     'Is your State able to receive and respond to requests for assistance from another State whose critical '
     || 'infrastructure is affected by malicious ICT acts?',
     'Answer Partly if your State can respond only to some kinds of request or only through informal channels.',
     false, '{}'::text[], false),
    (2, 'N-H.2', 'TEXT',
     'Describe how your State handles such requests, including requests to mitigate malicious ICT activity '
     || 'emanating from its territory.',
     'Include who receives requests, how they are assessed, the kinds of assistance your State can offer and any '
     || 'requests handled in the reporting period, without confidential details.',
     false, '{}', false),
    (3, 'N-H.3', 'SINGLE_CHOICE',
     'Through which channel does your State mainly receive such requests?',
     '',
     false,
     ARRAY['POC=A designated national point of contact',
           'CERT=The national CERT/CSIRT',
           'DIPLOMATIC=Diplomatic channels',
           'AD_HOC=Case by case, with no designated channel'],
     false),
    (4, 'N-H.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example procedures and templates for handling requests, or incident response capacity; leave blank if '
     || 'none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-H';

-- 12. Norm (i)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'i',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-I.1', 'YES_PARTLY_NO',
     'Has your State taken steps to ensure the integrity of the ICT supply chain and to prevent the proliferation '
     || 'of malicious ICT tools and techniques?',
     'Answer Partly if measures apply only to government procurement or to some sectors.',
     false, '{}'::text[], false),
    (2, 'N-I.2', 'TEXT',
     'Describe the measures your State has taken on supply-chain security and against the proliferation of '
     || 'malicious ICT tools and harmful hidden functions.',
     'Include procurement rules, certification and testing, cooperation with vendors and any export-control '
     || 'measures on intrusion tools.',
     false, '{}', false),
    (3, 'N-I.3', 'MULTIPLE_CHOICE',
     'Which of the following supply-chain measures does your State apply?',
     'Select all that apply.',
     false,
     ARRAY['PROCUREMENT=Security requirements in public procurement',
           'CERTIFICATION=Product certification or testing schemes',
           'RISK_ASSESSMENT=Supplier risk assessments for critical sectors',
           'SECURE_DESIGN=Secure-by-design requirements or guidance for vendors',
           'TRANSPARENCY=Software transparency, such as software bills of materials',
           'EXPORT_CONTROL=Export controls on intrusion tools and technologies'],
     false),
    (4, 'N-I.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example testing laboratories, standards expertise or guidance for procurement officers; leave blank if '
     || 'none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-I';

-- 13. Norm (j)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'j',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-J.1', 'YES_PARTLY_NO',
     'Does your State encourage responsible reporting of ICT vulnerabilities and the sharing of information on '
     || 'remedies?',
     'Answer Partly if there is practice but no formal policy, or if the policy covers only government systems.',
     false, '{}'::text[], false),
    (2, 'N-J.2', 'TEXT',
     'Describe your State''s approach to the disclosure and handling of ICT vulnerabilities.',
     'Include coordinated vulnerability disclosure policies, legal protection for good-faith security '
     || 'researchers, the role of the national CERT, and any government process for deciding whether to disclose '
     || 'vulnerabilities it discovers.',
     false, '{}', false),
    (3, 'N-J.3', 'SINGLE_CHOICE',
     'Which best describes your State''s coordinated vulnerability disclosure policy?',
     '',
     false,
     ARRAY['NATIONAL=A national policy covering the public and private sectors',
           'GOVERNMENT=A policy covering government systems only',
           'DEVELOPING=A policy under development',
           'NONE=No policy'],
     false),
    (4, 'N-J.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example model disclosure policies, vulnerability handling training for the national CERT or legal '
     || 'advice; leave blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-J';

-- 14. Norm (k)
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, 'k',
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'N-K.1', 'YES_PARTLY_NO',
     'Has your State taken measures to protect authorised emergency response teams and to ensure that its own '
     || 'teams are not used for malicious international activity?',
     'Answer Yes if the mandate of your emergency response teams is defined in law or policy and their '
     || 'protective role is publicly stated.',
     false, '{}'::text[], false),
    (2, 'N-K.2', 'TEXT',
     'Describe the mandate of your State''s authorised emergency response teams and the measures that safeguard '
     || 'their integrity.',
     'Include the legal basis and public mandate of the national CERT/CSIRT, any separation from intelligence or '
     || 'military functions, and participation in international CERT networks.',
     false, '{}', false),
    (3, 'N-K.3', 'MULTIPLE_CHOICE',
     'What are the main challenges your State faces in implementing this norm?',
     'Select all that apply.',
     true,
     ARRAY['FUNDING=Insufficient funding for emergency response teams',
           'STAFF=Shortage of skilled staff',
           'MANDATE=Unclear legal mandate',
           'TRUST=Limited trust or contact with foreign teams',
           'TOOLS=Lack of tools and infrastructure',
           'AWARENESS=Limited awareness of the norm'],
     false),
    (4, 'N-K.4', 'TEXT',
     'What capacity-building support, if any, would your State need to implement this norm?',
     'For example CERT maturity assessments, mentoring by an established team or support to join international '
     || 'CERT networks; leave blank if none.',
     true, '{}', true)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'NORM-K';

-- 15. Confidence-building measures
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, null,
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'CBM.1', 'YES_PARTLY_NO',
     'Has your State nominated both diplomatic and technical Points of Contact to the Global Intergovernmental '
     || 'Points of Contact Directory?',
     'Answer Partly if only one level has been nominated. The contact details themselves are kept in the Points '
     || 'of Contact directory, not in this report.',
     false, '{}'::text[], false),
    (2, 'CBM.2', 'SINGLE_CHOICE',
     'How did your State''s Points of Contact respond to communication checks during the reporting period?',
     '',
     false,
     ARRAY['ALL=Acknowledged every check',
           'SOME=Acknowledged some checks',
           'NONE=Did not acknowledge any check',
           'NO_CHECK=No check was received'],
     false),
    (3, 'CBM.3', 'MULTIPLE_CHOICE',
     'In which regional or sub-regional confidence-building arrangements does your State take part?',
     'Select all that apply.',
     false,
     ARRAY['REGIONAL_CBMS=Confidence-building measures agreed in a regional organisation',
           'REGIONAL_POC=A regional points of contact network',
           'EXERCISES=Regional or cross-border exercises',
           'CERT_NETWORK=A regional CERT/CSIRT network',
           'BILATERAL=Bilateral consultations on ICT security',
           'NONE=None at present'],
     false),
    (4, 'CBM.4', 'MULTIPLE_CHOICE',
     'Which transparency measures has your State taken?',
     'Select all that apply.',
     false,
     ARRAY['STRATEGY=Published its national ICT security strategy',
           'DOCTRINE=Published its policy or doctrine on State ICT capabilities',
           'LAW_POSITION=Published its position on international law',
           'NATIONAL_VIEWS=Submitted national views to United Nations processes',
           'BRIEFINGS=Held briefings or visits for other States',
           'STRUCTURES=Shared information on its national ICT security structures'],
     false),
    (5, 'CBM.5', 'TEXT',
     'Describe the confidence-building measures your State has implemented and any lessons learned.',
     'Include information sharing, exercises and scenario-based discussions, and how these measures have worked '
     || 'in practice.',
     false, '{}', false),
    (6, 'CBM.6', 'NUMBER',
     'In how many bilateral, regional or multilateral consultations on ICT security did your State take part '
     || 'during the last 12 months?',
     'An approximate number is sufficient.',
     true, '{}', false)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'CBM';

-- 16. Capacity-building
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, null,
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'CB.1', 'YES_PARTLY_NO',
     'Does your State provide capacity-building assistance to other States in the area of ICT security?',
     'Include bilateral programmes, funding through international or regional organisations, and in-kind support '
     || 'such as training or secondments.',
     false, '{}'::text[], false),
    (2, 'CB.2', 'YES_PARTLY_NO',
     'Does your State receive capacity-building assistance in the area of ICT security?',
     'Answer Partly if assistance is limited to occasional training or a single project.',
     false, '{}', false),
    (3, 'CB.3', 'TEXT',
     'Describe the main capacity-building programmes your State has provided or received during the reporting '
     || 'period.',
     'Mention the partners in general terms, the areas covered and the results achieved.',
     true, '{}', false),
    (4, 'CB.NEEDS-AREAS', 'MULTIPLE_CHOICE',
     'In which areas does your State need capacity-building?',
     'Select all that apply; leave blank if your State has no needs at present.',
     true,
     ARRAY['LAW=International law',
           'NORMS=Implementing the norms',
           'CBM=Confidence-building measures',
           'CERT=Incident response and CERT maturity',
           'CI=Critical infrastructure protection',
           'POLICY=Policy and strategy development',
           'LEGAL=Legislation',
           'SKILLS=Skills and workforce'],
     true),
    (5, 'CB.NEEDS-DETAIL', 'TEXT',
     'Describe your State''s capacity-building needs, in order of priority.',
     'Be as specific as possible (institutions concerned, skills, timeframe) so that the secretariat can match '
     || 'your needs with offers of assistance.',
     true, '{}', true),
    (6, 'CB.NEEDS-FORMS', 'MULTIPLE_CHOICE',
     'What forms of assistance would best meet these needs?',
     'Select all that apply.',
     true,
     ARRAY['TRAINING=Training',
           'TECHNICAL=Technical assistance',
           'FINANCIAL=Financial support',
           'EQUIPMENT=Equipment',
           'POLICY=Policy advice'],
     true),
    (7, 'CB.OFFERS', 'TEXT',
     'Describe any capacity-building assistance your State can offer to other States.',
     'Include the areas, the format and how interested States can request it.',
     true, '{}', false)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'CB';

-- 17. Gender and the digital divide
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, null,
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'GEN.1', 'NUMBER',
     'What percentage of your State''s delegation to the most recent Programme of Action meeting were women?',
     'Give a percentage between 0 and 100.',
     true, '{}'::text[], false),
    (2, 'GEN.2', 'NUMBER',
     'What percentage of the public-sector cybersecurity workforce in your State are women?',
     'Use the most recent estimate available; leave blank if no data exist.',
     true, '{}', false),
    (3, 'GEN.3', 'YES_PARTLY_NO',
     'Has your State taken measures to promote women''s participation in ICT security policy-making and in the '
     || 'cyber workforce?',
     'Answer Partly if measures exist only in some institutions or are at an early stage.',
     false, '{}', false),
    (4, 'GEN.4', 'TEXT',
     'Describe these measures and any gender perspectives in your national ICT security policies.',
     'For example scholarships, mentoring, recruitment targets, fellowships for women diplomats, or analysis of how '
     || 'ICT threats affect women and men differently.',
     false, '{}', false),
    (5, 'GEN.5', 'TEXT',
     'Describe your State''s measures to reduce digital divides, including the gender digital divide.',
     'Include connectivity, affordability, digital skills and cyber hygiene programmes, in particular for women, '
     || 'rural communities, older persons and persons with disabilities.',
     false, '{}', false)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'GEN';

-- 18. Regular institutional dialogue
insert into template_question (template_id, section_id, position, code, type, text, guidance, optional, pillar, norm,
                               options, capacity_need)
select s.template_id, s.id, q.position, q.code, q.type, q.text, q.guidance, q.optional, s.pillar, null,
       q.options, q.capacity_need
from template_section s
join report_template t on t.id = s.template_id
cross join (values
    (1, 'DIA.1', 'MULTIPLE_CHOICE',
     'In which forums for regular dialogue on ICT security does your State take part?',
     'Select all that apply.',
     false,
     ARRAY['POA=Programme of Action meetings',
           'OEWG=Open-ended working groups on ICT security',
           'REGIONAL=Working groups of regional organisations',
           'UN_OTHER=Other United Nations bodies dealing with ICTs',
           'CYBERCRIME=International cybercrime processes',
           'MULTISTAKEHOLDER=Multi-stakeholder forums'],
     false),
    (2, 'DIA.2', 'TEXT',
     'How does your State involve the private sector, civil society, academia and the technical community in '
     || 'preparing its positions and this report?',
     'Describe consultations, advisory bodies or other channels, and how their input is used.',
     true, '{}', false),
    (3, 'DIA.3', 'TEXT',
     'What suggestions does your State have for the work of the Programme of Action?',
     'For example topics for working groups, practical initiatives, or ways to improve this survey and the '
     || 'reporting process.',
     true, '{}', false)
) as q(position, code, type, text, guidance, optional, options, capacity_need)
where t.code = 'NSI' and t.edition = 1 and s.code = 'DIA';
