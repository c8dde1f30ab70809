-- Large dataset for load benchmarks: ten years (2017-2026) of a busy Programme of Action
-- secretariat, generated inside PostgreSQL and deterministic from a seed.
--
--   psql -v ON_ERROR_STOP=1 -v seed=42 -v today=$(date +%F) "postgresql://poa:poa@localhost:5432/poa_bench" \
--        -f poa-web/src/benchmark/sql/large-dataset.sql
--
-- Runs on a database freshly migrated by Flyway with the production migrations only (no demo
-- data) and refuses a database that already holds national reports. Everything is written in one
-- transaction, in about half a minute on two cores. The seed goes to setseed() once, but no value
-- depends on random() or on the clock: each derives from hashtextextended(key, seed) of a stable
-- key (the State's ISO code, the cycle, the question code ...), so the same seed and variables on a
-- fresh database give the same rows with the same identifiers, whatever plan PostgreSQL chooses.
-- Dates are computed around the reference day 2026-12-07, then written moved to the day given as
-- today (below): with the default, the 2026 reporting cycle is open until 2027-03-31 and three
-- meetings of 2027 accept registrations. The audit-trail triggers (V23) record every row as usual,
-- with no actor (poa.actor is not set: "the platform").
--
-- What it adds for ten years (about): 1,000 Points of Contact with their history, 20 communication
-- checks, 10 reporting cycles on the National Survey of Implementation (migration V7) with about
-- 1,500 national reports (State x cycle) plus their earlier versions, more than 200,000 answers,
-- 60 meetings with agendas, documents and 10,000 participants, 200 organisations and their
-- accreditation, 1,000 capacity-building needs and offers, and the accounts the load test uses.
--
-- Accounts (password poa-bench-2026 for every account added here):
--   bench.delegate.001 .. bench.delegate.100  approvers of the first 100 States by ISO alpha-3 code,
--                                             each with a half-filled DRAFT report in the open cycle
--   bench.secretariat.01 .. bench.secretariat.60 (-v secretariat_accounts), bench.admin
--                                             two-step sign-in already set up, authenticator key
--                                             POABENCHPOABENCHPOABENCHPOABENCH (stored in clear: the
--                                             application seals clear keys when it starts)
--   xxx.delegate (every State), xxx.approver (States 101-195), orgNNN.focal / orgNNN.rep (organisations)
--
-- Optional variables (psql -v NAME=VALUE):
--
--   today=YYYY-MM-DD (default 2026-12-07): the day the data is current on. Pass the real date
--     (-v today=$(date +%F)): the platform's own "today" is the clock. Every date and timestamp
--     written moves by the same whole number of days, today - 2026-12-07, so what is open, due, stale
--     or to come stays so: the last cycle is open until about four months after today, the meetings
--     to come accept registrations, the same contacts are stale. Weekdays do not follow (a meeting
--     that started on a Monday starts on another day). The year in a title is that of the dates
--     written: the last cycle is "Reporting cycle N" for the year it opens, each earlier one a year
--     less (a leap day can leave one a day off its year), and reports' titles and texts and the
--     years answered follow; the symbols of documents (A/AC.300/N/...) and the titles of
--     communication checks and of the calendar of other processes take the year of their dates.
--     Identifiers of that calendar (uid) keep the reference years.
--
--   years=N (1 to 10, default 10): only the last N years of activity, calendar years up to and
--     including the reference day's (2026 for years=1). The last N reporting cycles (the last one
--     open) with their reports and reminders; the meetings that start within those years, and every
--     meeting to come; the communication checks, the contacts' history events, the capacity-building
--     needs, offers and matches, the accreditation applications (with their objections, events and
--     accounts) and the calendar of other processes within them. The States, the organisations, the
--     working groups, the Points of Contact (the directory as it stands, so about as many) and the
--     accounts of the States and the secretariat stay, each bench delegate's State with its
--     half-filled draft in the open cycle. An organisation whose applications all precede those
--     years is one the secretariat registered, without accounts. Meetings keep their numbers (the
--     first one kept may be the "Fifth Meeting of States"). With 10 everything is kept (also the
--     few contacts' events of 2016).
--
--   secretariat_accounts=N (1 to 99, default 60): the accounts bench.secretariat.01 .. NN, all with
--     the same two-step key, so that a load test can sign in that many staff at once (a code is
--     good once per account and 30-second step). The data is the work of the first 20 of them (of
--     all of them when fewer).
--
--   revision_pct=N (default 80): the share (percent) of submitted reports of the closed cycles that
--     were revised at least once. The survey has 80 questions (78 that take an answer), so the
--     current versions of about 1,500 reports hold only about 100,000 answers; the earlier versions
--     kept by revisions bring the total above 200,000. Lower it for fewer versions.

\set ON_ERROR_STOP on
\set QUIET on
\if :{?seed}
\else
\echo 'large-dataset.sql: no seed given (psql -v seed=N); using 42'
\set seed 42
\endif
\if :{?revision_pct}
\else
\set revision_pct 80
\endif
\if :{?today}
\else
\set today 2026-12-07
\endif
\if :{?years}
\else
\set years 10
\endif
\if :{?secretariat_accounts}
\else
\set secretariat_accounts 60
\endif
\pset pager off

-- shift: the days from the reference day to today; yshift: the years the cycles' titles move by (the
-- year in which the last cycle opens, less 2026); since: where the history kept starts, in the dates of
-- the reference day (all of it for ten years: a few contacts date from 2016)
select date :'today' - date '2026-12-07' as shift,
       extract(year from date '2026-10-01' + (date :'today' - date '2026-12-07'))::integer - 2026 as yshift,
       case when :years >= 10 then '-infinity' else make_date(2027 - :years, 1, 1)::text end as since,
       least(20, :secretariat_accounts) as sec_pool,
       :years between 1 and 10 and :secretariat_accounts between 1 and 99 as variables_ok
\gset
select format('do $x$ begin raise exception %L; end $x$',
              'large-dataset.sql: years must be 1 to 10 and secretariat_accounts 1 to 99') where not :'variables_ok'::boolean \gexec

begin;

select setseed(((:seed::bigint % 1000000) / 1000000.0)::double precision) as setseed \gset

do $$
begin
    if exists (select 1 from national_report) then
        raise exception 'large-dataset.sql fills a freshly migrated database, but this one already has national reports';
    end if;
    if exists (select 1 from user_account where lower(username) like 'bench.%') then
        raise exception 'large-dataset.sql: the bench accounts exist already';
    end if;
    if (select count(*) from state) <> 195 then
        raise exception 'large-dataset.sql expects the 195 States of migration V2';
    end if;
    if not exists (select 1 from report_template where code = 'NSI' and edition = 1 and status = 'PUBLISHED') then
        raise exception 'large-dataset.sql expects the National Survey of Implementation of migration V7';
    end if;
end
$$;

set local work_mem = '256MB';
set local timezone = 'UTC';
set local jit = off;
set local synchronous_commit = off;

-- ---------------------------------------------------------------------------------------------
-- Helpers (temporary: gone with the session). u(key): a number in [0, 1) fixed by the key and
-- the seed; n(key, m): an integer in [0, m); pick(array, key): one element.
-- ---------------------------------------------------------------------------------------------
select format($f$create function pg_temp.u(k text) returns double precision language sql immutable parallel safe
    as 'select (hashtextextended(k, %s) & 4503599627370495)::double precision / 4503599627370496.0'$f$,
    :seed::bigint) \gexec

create function pg_temp.n(k text, m integer) returns integer language sql immutable parallel safe
    as $$ select least(m - 1, floor(pg_temp.u(k) * m)::integer) $$;

create function pg_temp.pick(a text[], k text) returns text language sql immutable parallel safe
    as $$ select a[1 + pg_temp.n(k, cardinality(a))] $$;

-- a name or word as it can appear in an e-mail address
create function pg_temp.mailbox(t text) returns text language sql immutable parallel safe
    as $$ select regexp_replace(translate(lower(t), 'áàâäãåçéèêëíìîïñóòôöõøúùûüýÿčćšžřěłńśźż',
                                                    'aaaaaaceeeeiiiinoooooouuuuyyccszrelnszz'), '[^a-z0-9]+', '', 'g') $$;

-- a small PDF whose page shows the given line
create function pg_temp.pdf(line text) returns bytea language sql immutable as $$
    select convert_to(
        '%PDF-1.4' || chr(10) ||
        '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj' || chr(10) ||
        '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj' || chr(10) ||
        '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>> endobj' || chr(10) ||
        '4 0 obj <</Length ' || length('BT /F1 11 Tf 50 780 Td (' || l || ') Tj ET') || '>> stream' || chr(10) ||
        'BT /F1 11 Tf 50 780 Td (' || l || ') Tj ET' || chr(10) ||
        'endstream endobj' || chr(10) ||
        '5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj' || chr(10) ||
        'trailer <</Root 1 0 R>>' || chr(10) || '%%EOF', 'UTF8')
    from (select regexp_replace(left(line, 90), '[^A-Za-z0-9 ./:,;''-]', ' ', 'g') as l) x
$$;

-- dates and timestamps as written: moved from the reference day 2026-12-07 to today, by whole days
select format($f$create function pg_temp.d(x date) returns date language sql immutable parallel safe
    as 'select x + %s'$f$, :shift) \gexec
select format($f$create function pg_temp.t(x timestamptz) returns timestamptz language sql stable parallel safe
    as 'select x + make_interval(days => %s)'$f$, :shift) \gexec

-- the secretariat account that acts: bench.secretariat.01 .. 20, or fewer when fewer were asked for
select format($f$create function pg_temp.sec(i integer) returns text language sql immutable parallel safe
    as 'select ''bench.secretariat.'' || lpad((1 + (i - 1) %% %s)::text, 2, ''0'')'$f$, :sec_pool) \gexec

-- the first Monday on or after a day
create function pg_temp.monday(d date) returns date language sql immutable
    as $$ select d + ((8 - extract(isodow from d)::integer) % 7) $$;

-- ---------------------------------------------------------------------------------------------
-- States: the UN language each works in, a profile (1 small developing, 3 emerging, 2 advanced,
-- 4 very advanced; the four kinds of answers of the text bank), a maturity that grows over the
-- years, an engagement that decides how early it joins in, and the usernames that act for it.
-- ---------------------------------------------------------------------------------------------
create temp table b_state on commit drop as
with s as (
    select st.id, st.iso2, st.iso3, st.name_en, st.name_fr, st.name_es, st.regional_group as region,
           row_number() over (order by st.iso3)::integer as k,
           case when st.iso3 in ('DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR',
                                 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM') then 'ar'
                when st.iso3 in ('ARG', 'BOL', 'CHL', 'COL', 'CRI', 'CUB', 'DOM', 'ECU', 'SLV', 'GTM', 'HND', 'MEX',
                                 'NIC', 'PAN', 'PRY', 'PER', 'URY', 'VEN', 'ESP', 'GNQ') then 'es'
                when st.iso3 in ('BEN', 'BFA', 'BDI', 'CMR', 'CAF', 'TCD', 'COG', 'COD', 'CIV', 'GAB', 'GIN', 'MDG',
                                 'MLI', 'NER', 'RWA', 'SEN', 'TGO', 'HTI', 'FRA', 'BEL', 'LUX', 'MCO') then 'fr'
                when st.iso3 in ('RUS', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB', 'TKM', 'ARM', 'AZE') then 'ru'
                when st.iso3 = 'CHN' then 'zh'
                else 'en' end as lang,
           pg_temp.u('profile:' || st.iso3) as pu
    from state st
), p as (
    select s.*,
           case s.region
               when 'WESTERN_EUROPEAN_OTHERS' then case when pu < 0.45 then 4 when pu < 0.9 then 2 else 3 end
               when 'EASTERN_EUROPEAN' then case when pu < 0.15 then 4 when pu < 0.55 then 2 else 3 end
               when 'ASIA_PACIFIC' then case when pu < 0.10 then 4 when pu < 0.30 then 2 when pu < 0.62 then 3 else 1 end
               when 'LATIN_AMERICAN_CARIBBEAN' then case when pu < 0.15 then 2 when pu < 0.6 then 3 else 1 end
               when 'AFRICAN' then case when pu < 0.05 then 2 when pu < 0.45 then 3 else 1 end
               else case when pu < 0.5 then 3 else 1 end end as profile
    from s
)
select p.*,
       case profile when 1 then 0.12 + 0.18 * pg_temp.u('maturity:' || iso3)
                    when 3 then 0.33 + 0.17 * pg_temp.u('maturity:' || iso3)
                    when 2 then 0.60 + 0.17 * pg_temp.u('maturity:' || iso3)
                    else 0.77 + 0.18 * pg_temp.u('maturity:' || iso3) end as m0,
       pg_temp.u('engagement:' || iso3) * case when profile in (2, 4) then 0.6 when profile = 3 then 0.85 else 1.0 end
           as engagement,
       case when lang = 'ar' then 'arab'
            when lang = 'es' then 'hisp'
            when lang = 'fr' and region = 'AFRICAN' then 'frafrica'
            when lang = 'fr' then 'west'
            when lang in ('ru') or region = 'EASTERN_EUROPEAN' then 'slav'
            when lang = 'zh' or iso3 in ('JPN', 'KOR', 'PRK', 'MNG', 'VNM') then 'eastasia'
            when region = 'AFRICAN' then 'africa'
            when region = 'ASIA_PACIFIC' or region is null then 'asia'
            else 'west' end as ng,
       lower(iso3) || '.delegate' as drafter,
       case when k <= 100 then 'bench.delegate.' || lpad(k::text, 3, '0') else lower(iso3) || '.approver' end as approver,
       -- the language its reports are written in: the official UN language of most Spanish- and
       -- French-speaking States, English otherwise
       case when lang in ('es', 'fr') and pg_temp.u('report-language:' || iso3) < 0.7 then lang else 'en' end
           as report_language,
       case when pg_temp.u('visibility:' || iso3) < 0.58 then 'PUBLIC'
            when pg_temp.u('visibility:' || iso3) < 0.82 then 'STATES' else 'SECRETARIAT' end as visibility
from p;
create unique index on b_state (iso3);
create unique index on b_state (id);

-- names, by the part of the world the person comes from
create temp table b_name (ng text, kind text, names text[]) on commit drop;
insert into b_name values
('arab', 'f', '{Amina,Fatima,Leila,Mariam,Noura,Salma,Huda,Rania,Yasmin,Dalia,Samira,Hala}'),
('arab', 'm', '{Ahmed,Omar,Khalid,Youssef,Tarek,Karim,Hassan,Samir,Nabil,Faisal,Walid,Mounir}'),
('arab', 'family', '{Haddad,Benali,Al-Mansouri,El-Sayed,Khoury,Mahmoud,Al-Harbi,Saleh,Nasser,Farouk,Bakr,Rahman,Aziz,Chaabane}'),
('hisp', 'f', '{María,Lucía,Ana,Carmen,Valentina,Sofía,Gabriela,Paola,Daniela,Isabel,Camila,Teresa}'),
('hisp', 'm', '{Carlos,Jorge,Luis,Diego,Mateo,Andrés,Javier,Ricardo,Pablo,Fernando,Alejandro,Raúl}'),
('hisp', 'family', '{García,Rodríguez,Martínez,Hernández,López,González,Pérez,Sánchez,Ramírez,Torres,Flores,Rivas,Castillo,Morales}'),
('frafrica', 'f', '{Aminata,Fatou,Mariama,Awa,Aïssatou,Clarisse,Nadège,Estelle,Rokia,Adjoa,Mireille,Yvonne}'),
('frafrica', 'm', '{Moussa,Ibrahima,Mamadou,Ousmane,Jean-Baptiste,Serge,Koffi,Yao,Abdoulaye,Cheikh,Didier,Alassane}'),
('frafrica', 'family', '{Diallo,Traoré,Ndiaye,Koné,Ouédraogo,Sow,Camara,Mbaye,Kaboré,Diop,Touré,Kouassi,Nkurunziza,Mabiala}'),
('africa', 'f', '{Wanjiru,Amara,Ngozi,Thandiwe,Akosua,Chipo,Zawadi,Abena,Nomvula,Grace,Esther,Halima}'),
('africa', 'm', '{Kwame,Chinedu,Tendai,Kofi,Juma,Sipho,Emeka,Baraka,Tunde,Samuel,Tesfaye,Musa}'),
('africa', 'family', '{Okafor,Mensah,Kamau,Ochieng,Adeyemi,Banda,Mwangi,Nkosi,Boateng,Otieno,Phiri,Abubakar,Bekele,Moyo}'),
('slav', 'f', '{Elena,Anna,Olga,Natalia,Irina,Katarzyna,Marta,Ivana,Milena,Jana,Kadri,Aigerim}'),
('slav', 'm', '{Mikhail,Ivan,Sergei,Piotr,Tomasz,Andrei,Nikola,Marek,Dmitri,Aleksandar,Tõnis,Nurlan}'),
('slav', 'family', '{Ivanova,Petrov,Kowalski,Novak,Horvat,Popescu,Nowak,Kuznetsov,Dvořák,Jovanović,Tamm,Kazlauskas,Bondarenko,Sargsyan}'),
('eastasia', 'f', '{Mei,Yuki,Aiko,Ji-woo,Li Na,Hana,Min-ji,Xiaoling,Sakura,Wen,Thu,Oyuna}'),
('eastasia', 'm', '{Hiroshi,Kenji,Wei,Min-jun,Haruto,Jun,Tao,Sung-ho,Takeshi,Bolat,Minh,Bat-Erdene}'),
('eastasia', 'family', '{Tanaka,Sato,Wang,Li,Zhang,Kim,Park,Chen,Suzuki,Nguyen,Liu,Choi,Yamamoto,Tran}'),
('asia', 'f', '{Priya,Anjali,Siti,Nur,Maria,Ayesha,Farah,Dewi,Lakshmi,Mahnaz,Losana,Malia}'),
('asia', 'm', '{Arjun,Rahul,Ahmad,Budi,Rizal,Imran,Farhan,Sanjay,Ravi,Tenzin,Sione,Mehdi}'),
('asia', 'family', '{Sharma,Patel,Rahman,Santoso,Khan,Reyes,Perera,Hussain,Wijaya,Singh,Karimi,Tan,Tupou,Fernando}'),
('west', 'f', '{Claire,Sophie,Emma,Ingrid,Laura,Sarah,Camille,Anna,Katherine,Marta,Chloé,Siobhan}'),
('west', 'm', '{David,Lars,Thomas,Pierre,Michael,James,Jan,Lukas,Matteo,Daniel,Olivier,Sean}'),
('west', 'family', '{Müller,Dubois,Smith,Jensen,Rossi,Hansen,Lindqvist,Martin,Brown,Schmidt,O''Brien,Laurent,De Vries,Moreau}');

-- a person's name from a group, fixed by the key; women or men
create function pg_temp.given(g text, woman boolean, k text) returns text language sql stable as $$
    select pg_temp.pick(names, k || ':given') from b_name where ng = g and kind = case when woman then 'f' else 'm' end
$$;
create function pg_temp.family(g text, k text) returns text language sql stable as $$
    select pg_temp.pick(names, k || ':family') from b_name where ng = g and kind = 'family'
$$;

-- ---------------------------------------------------------------------------------------------
-- Accounts
-- ---------------------------------------------------------------------------------------------
create temp table b_account on commit drop as
select v.*
from (
    select 1 as ord, 0 as k, 'bench.admin' as username, 'Platform Administrator (bench)' as display_name,
           'bench.admin@un.example.org' as email, 'ADMIN' as role, false as approver, null::bigint as state_id,
           null::text as locale, timestamptz '2017-06-01 09:00Z' as created_at
    union all
    select 2, i, 'bench.secretariat.' || lpad(i::text, 2, '0'),
           pg_temp.given(g, w, 'sec' || i) || ' ' || pg_temp.family(g, 'sec' || i) || ' (UNODA)',
           'bench.secretariat.' || lpad(i::text, 2, '0') || '@un.example.org', 'SECRETARIAT', false, null, null,
           timestamptz '2017-06-01 09:00Z' + make_interval(days => case when i <= 20 then i * 37 else 740 + (i - 20) * 29 end)
    from generate_series(1, :secretariat_accounts) i
    cross join lateral (select pg_temp.pick('{west,africa,asia,hisp,slav,arab,frafrica,eastasia}', 'sec-ng' || i) as g,
                               pg_temp.u('sec-w' || i) < 0.55 as w) x
    union all
    select 3, s.k, s.approver,
           pg_temp.given(s.ng, pg_temp.u('appr-w' || s.iso3) < 0.45, 'appr' || s.iso3) || ' '
               || pg_temp.family(s.ng, 'appr' || s.iso3),
           s.approver || '@mfa.' || lower(s.iso2) || '.example.org', 'DELEGATE', true, s.id, null,
           timestamptz '2017-09-04 09:00Z' + make_interval(days => pg_temp.n('appr-c' || s.iso3, 30))
    from b_state s where s.k <= 100
    union all
    select 4, s.k, s.drafter,
           pg_temp.given(s.ng, pg_temp.u('dele-w' || s.iso3) < 0.5, 'dele' || s.iso3) || ' '
               || pg_temp.family(s.ng, 'dele' || s.iso3),
           s.drafter || '@mfa.' || lower(s.iso2) || '.example.org', 'DELEGATE', false, s.id, s.lang,
           timestamptz '2017-09-04 09:00Z' + make_interval(days => pg_temp.n('dele-c' || s.iso3, 60))
    from b_state s
    union all
    select 5, s.k, s.approver,
           pg_temp.given(s.ng, pg_temp.u('appr-w' || s.iso3) < 0.45, 'appr' || s.iso3) || ' '
               || pg_temp.family(s.ng, 'appr' || s.iso3),
           s.approver || '@mfa.' || lower(s.iso2) || '.example.org', 'DELEGATE', true, s.id, s.lang,
           timestamptz '2017-09-04 09:00Z' + make_interval(days => pg_temp.n('appr-c' || s.iso3, 30))
    from b_state s where s.k > 100
) v;

-- the bcrypt hash of poa-bench-2026, as the application's delegating password encoder writes it
insert into user_account (username, display_name, email, password_hash, role, approver, state_id, organisation_id,
                          enabled, preferred_locale, created_at, created_by, updated_at, updated_by)
select username, display_name, email, '{bcrypt}$2a$10$71Weu4wEm3XBvATxWAMjquscPu1VyOrHz2Fw/42bL6qMqUbo95EHa',
       role, approver, state_id, null, true, locale, pg_temp.t(created_at), 'bench.admin', pg_temp.t(created_at), 'bench.admin'
from b_account
order by ord, k;

-- two-step sign-in, set up: the clear key is sealed by the application when it starts
insert into second_factor (user_account_id, secret, enabled_at, last_used_step)
select id, 'POABENCHPOABENCHPOABENCHPOABENCH', created_at + interval '1 hour', 0
from user_account
where username = 'bench.admin' or username like 'bench.secretariat.%'
order by id;

-- ---------------------------------------------------------------------------------------------
-- Reporting cycles: one a year on the National Survey of Implementation, October to March; the
-- 2019 deadline was extended for the pandemic, the 2022 one by a month; the 2026 cycle is open.
-- ---------------------------------------------------------------------------------------------
create temp table b_cycle on commit drop as
select y - 2016 as n, y, y + :yshift as ly, make_date(y, 10, 1) as opens_on, make_date(y + 1, 3, 31) as original_deadline,
       case y when 2019 then date '2020-06-30' when 2022 then date '2023-04-30' else make_date(y + 1, 3, 31) end as deadline,
       (select id from report_template where code = 'NSI' and edition = 1) as template_id
from generate_series(2017, 2026) y
where y > 2026 - :years;

insert into reporting_cycle (title, template_id, opens_on, deadline, original_deadline, reminder_days,
                             created_at, created_by, updated_at, updated_by)
select 'Reporting cycle ' || ly, template_id, pg_temp.d(opens_on), pg_temp.d(deadline), pg_temp.d(original_deadline), '{30,14,7,1}',
       pg_temp.t(make_timestamptz(y, 9, 1, 9, 0, 0, 'UTC')), 'bench.secretariat.01',
       pg_temp.t(case when deadline > original_deadline then ((original_deadline - 20) + time '10:00') at time zone 'UTC'
                      else make_timestamptz(y, 9, 1, 9, 0, 0, 'UTC') end),
       case when deadline > original_deadline then pg_temp.sec(2) else 'bench.secretariat.01' end
from b_cycle order by y;

alter table b_cycle add column id bigint;
update b_cycle c set id = r.id from reporting_cycle r where r.opens_on = pg_temp.d(c.opens_on);

-- ---------------------------------------------------------------------------------------------
-- National reports. Who reports when: participation grows from about half of the States in 2017
-- to nine in ten; a State that joined in keeps reporting, with the odd year missed. In the open
-- cycle the first 100 States (the bench delegates') have a half-filled draft, and some others
-- have submitted, sent for review or started. Many submitted reports were revised, some more than
-- once: every version stays, the earlier ones superseded.
-- ---------------------------------------------------------------------------------------------
create temp table b_logical on commit drop as
select s.k, s.id as state_id, s.iso3, s.profile, c.n, c.y, c.ly, c.id as cycle_id, c.opens_on, c.deadline,
       case when c.n < 10 then 'SUBMITTED'
            when s.k <= 100 then 'DRAFT'
            when pg_temp.u('open-status:' || s.iso3) < 0.55 then 'SUBMITTED'
            when pg_temp.u('open-status:' || s.iso3) < 0.72 then 'IN_REVIEW'
            else 'DRAFT' end as last_status,
       least(0.97, greatest(0.02, s.m0 + 0.03 * (c.n - 1) + 0.08 * (pg_temp.u('m:' || s.iso3 || ':' || c.n) - 0.5)))
           as m,
       case when pg_temp.u('visibility-change:' || s.iso3 || ':' || c.n) < 0.12
            then pg_temp.pick('{PUBLIC,PUBLIC,STATES,SECRETARIAT}', 'visibility:' || s.iso3 || ':' || c.n)
            else s.visibility end as visibility
from b_state s
cross join b_cycle c
where (c.n < 10 and s.engagement < 0.52 + 0.045 * (c.n - 1) and pg_temp.u('skip:' || s.iso3 || ':' || c.n) >= 0.05)
   or (c.n = 10 and (s.k <= 100 or s.engagement < 0.62));

alter table b_logical add column versions integer;
update b_logical l set versions = case
    when l.n < 10 then 1
        + (pg_temp.u('rev1:' || l.iso3 || ':' || l.n) < :revision_pct / 100.0)::integer
        + (pg_temp.u('rev1:' || l.iso3 || ':' || l.n) < :revision_pct / 100.0
           and pg_temp.u('rev2:' || l.iso3 || ':' || l.n) < 0.35)::integer
        + (pg_temp.u('rev1:' || l.iso3 || ':' || l.n) < :revision_pct / 100.0
           and pg_temp.u('rev2:' || l.iso3 || ':' || l.n) < 0.35
           and pg_temp.u('rev3:' || l.iso3 || ':' || l.n) < 0.2)::integer
    when l.last_status = 'SUBMITTED' and pg_temp.u('rev-open:' || l.iso3) < 0.15 then 2
    else 1 end;

-- every version: its status, its dates, whether a later submitted version superseded it
create temp table b_report on commit drop as
with v as (
    select l.*, r,
           -- the first submission: between two weeks after opening and the deadline, some late
           case when l.n = 10 then (l.opens_on + 10 + pg_temp.n('t1:' || l.iso3, 55))
                                   + make_interval(hours => 8 + pg_temp.n('t1h:' || l.iso3, 9),
                                                   mins => pg_temp.n('t1m:' || l.iso3, 60))
                when pg_temp.u('late:' || l.iso3 || ':' || l.n) < case when l.profile = 1 then 0.2 else 0.1 end
                then (l.deadline + 1 + pg_temp.n('t1:' || l.iso3 || ':' || l.n, 45))
                     + make_interval(hours => 8 + pg_temp.n('t1h:' || l.iso3 || ':' || l.n, 9),
                                     mins => pg_temp.n('t1m:' || l.iso3 || ':' || l.n, 60))
                else (l.opens_on + 25 + pg_temp.n('t1:' || l.iso3 || ':' || l.n, (l.deadline - l.opens_on) - 25))
                     + make_interval(hours => 8 + pg_temp.n('t1h:' || l.iso3 || ':' || l.n, 9),
                                     mins => pg_temp.n('t1m:' || l.iso3 || ':' || l.n, 60)) end as t1
    from b_logical l
    cross join generate_series(1, l.versions) r
), g as (
    -- each revision: started some days after the previous submission, submitted some days later
    select v.*,
           make_interval(days => case when n = 10 then 1 + pg_temp.n('gap-start:' || iso3 || ':' || n || ':' || r, 5)
                                      else 3 + pg_temp.n('gap-start:' || iso3 || ':' || n || ':' || r, 40) end) as start_gap,
           make_interval(days => 1 + pg_temp.n('gap-submit:' || iso3 || ':' || n || ':' || r, 14),
                         hours => pg_temp.n('gap-hour:' || iso3 || ':' || n || ':' || r, 8)) as submit_gap
    from v
), t as (
    select g.*,
           t1 + sum(case when r > 1 then start_gap + submit_gap else interval '0' end)
                    over (partition by state_id, cycle_id order by r) as submitted_r
    from g
)
select (n * 100000 + k * 10 + r) as rk, t.k, t.state_id, t.iso3, t.profile, t.n, t.y, t.ly, t.cycle_id, t.opens_on,
       t.deadline, t.r, t.versions, t.m, t.visibility,
       case when r < versions then 'SUBMITTED' else last_status end as status,
       (r < versions - 1 or (r = versions - 1 and last_status = 'SUBMITTED')) as superseded,
       case when r < versions or last_status = 'SUBMITTED' then submitted_r end as submitted_at,
       t1 as first_submitted_candidate,
       case when r = 1 and last_status = 'SUBMITTED' or r = 1 and versions > 1
                then greatest((opens_on + 1) + interval '9 hours',
                              t1 - make_interval(days => 7 + pg_temp.n('c1:' || iso3 || ':' || n, 50)))
            when r = 1 then (opens_on + 2 + pg_temp.n('c1:' || iso3 || ':' || n, 55))
                            + make_interval(hours => 8 + pg_temp.n('c1h:' || iso3, 9), mins => pg_temp.n('c1m:' || iso3, 60))
            else lag(submitted_r) over (partition by state_id, cycle_id order by r) + start_gap end as created_at,
       lead(submitted_r) over (partition by state_id, cycle_id order by r) as next_submitted,
       case when r = versions and last_status = 'DRAFT' and n = 10 then 'half' else 'full' end as scope
from t;

-- drafts in the open cycle whose revision started from a submitted version keep all their answers
update b_report set scope = 'full' where r > 1;

alter table b_report add column updated_at timestamptz, add column first_submitted_at timestamptz,
    add column title text, add column language text, add column drafter text, add column approver text,
    add column returned boolean, add column answered_count integer, add column search_text text,
    add column report_id bigint;
update b_report b
set updated_at = case when b.superseded then b.next_submitted
                      when b.status = 'SUBMITTED' then b.submitted_at
                      when b.status = 'IN_REVIEW' then least(timestamptz '2026-12-06 17:00Z',
                           b.created_at + make_interval(days => 8 + pg_temp.n('rv:' || b.iso3, 20)))
                      else least(timestamptz '2026-12-06 18:00Z',
                           b.created_at + make_interval(days => pg_temp.n('ed:' || b.iso3 || ':' || b.r, 30),
                                                        hours => pg_temp.n('edh:' || b.iso3, 6))) end,
    first_submitted_at = case when b.r > 1 or b.status = 'SUBMITTED' then b.first_submitted_candidate end,
    title = case when pg_temp.u('title:' || s.iso3) < 0.8 or s.report_language = 'en' and pg_temp.u('title:' || s.iso3) < 0.9
                     then s.name_en || ': Reporting cycle ' || b.ly
                 when s.report_language = 'es' then 'Informe nacional de ' || s.name_es || ' (' || b.ly || ')'
                 when s.report_language = 'fr' then 'Rapport national : ' || s.name_fr || ' (' || b.ly || ')'
                 else 'Voluntary national report of ' || s.name_en || ', ' || b.ly end,
    language = s.report_language,
    drafter = s.drafter,
    approver = s.approver,
    returned = pg_temp.u('returned:' || s.iso3 || ':' || b.n || ':' || b.r) < 0.1
from b_state s
where s.k = b.k;
create unique index on b_report (rk);

-- ---------------------------------------------------------------------------------------------
-- Answers. The questions are those of the National Survey of Implementation (migration V7),
-- referenced by their identifiers; each answer has the type of its question. A State answers
-- consistently from cycle to cycle (its profile chooses among four texts per question), its
-- implementation grows over the years, and a revision changes about one answer in eight.
-- ---------------------------------------------------------------------------------------------
create temp table b_q on commit drop as
select q.id as qid, q.code, q.type, q.optional, q.capacity_need, q.pillar, q.norm, s.position as spos, q.position as qpos,
       array(select split_part(o, '=', 1) from unnest(q.options) with ordinality x(o, i) order by i) as codes
from template_question q
join template_section s on s.id = q.section_id
where q.template_id = (select id from report_template where code = 'NSI' and edition = 1);

create temp table b_text (code varchar(40), variant integer, text_value text) on commit drop;
insert into b_text (code, variant, text_value) values
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
create unique index on b_text (code, variant);

create temp table b_other_text (language text, i integer, text_value text) on commit drop;
insert into b_other_text values
('es', 0, 'La Agencia Nacional de Ciberseguridad coordina la aplicación de este compromiso con el CSIRT nacional, los operadores de infraestructura crítica y el Ministerio de Relaciones Exteriores.'),
('es', 1, 'Se adoptó una estrategia nacional de ciberseguridad con un plan de acción anual; la cooperación regional con la OEA y los Estados vecinos es prioritaria.'),
('es', 2, 'Se requiere apoyo en capacitación técnica del personal del CSIRT, en la protección de la infraestructura crítica y en la participación de mujeres en el sector.'),
('es', 3, 'Un grupo de trabajo interinstitucional examina cada año los avances y propone medidas adicionales, que se publican en el sitio web del Ministerio.'),
('fr', 0, 'L''Agence nationale de la sécurité des systèmes d''information coordonne la mise en œuvre de cet engagement avec le CSIRT national, les opérateurs d''infrastructures critiques et le ministère des Affaires étrangères.'),
('fr', 1, 'Une stratégie nationale de cybersécurité a été adoptée, assortie d''un plan d''action annuel ; la coopération régionale avec les États voisins reste une priorité.'),
('fr', 2, 'Un appui est nécessaire pour la formation technique du personnel du CSIRT, la protection des infrastructures critiques et la participation des femmes dans le secteur.'),
('fr', 3, 'Un groupe de travail interministériel examine chaque année les progrès accomplis et propose des mesures complémentaires, publiées sur le site du ministère.');

create temp table b_year_text (i integer, text_value text) on commit drop;
insert into b_year_text values
(0, 'In {y} the responsible institutions reviewed these arrangements and found them broadly adequate.'),
(1, 'Since the previous report progress has been made, although implementation remains uneven across sectors.'),
(2, 'During {y} an inter-agency review identified further steps, which are reflected in the national action plan.'),
(3, 'The arrangements described above were tested in a national exercise held in {y}.'),
(4, 'Further information can be provided by the national point of contact on request.'),
(5, 'Budget constraints in {y} slowed implementation, but the priorities remain unchanged.');

-- which reports answer which questions
create temp table b_answer on commit drop as
with c as (
    select b.rk, b.iso3, b.k, b.n, b.y, b.ly, b.r, b.m, b.scope, b.language, b.opens_on, s.profile, q.*,
           b.iso3 || ':' || b.n || ':' || q.code as ak
    from b_report b
    join b_state s on s.k = b.k
    cross join b_q q
    where q.type <> 'ATTACHMENT'
      and (b.scope = 'full' or q.spos <= 11)
), v as (
    select c.*,
           case when r > 1 and pg_temp.u(ak || ':chg' || r) < 0.12 then ak || ':r' || r else ak end as vkey,
           case profile when 1 then 2013 + pg_temp.n('sy:' || iso3, 12)
                        when 3 then 2011 + pg_temp.n('sy:' || iso3, 10)
                        else 2008 + pg_temp.n('sy:' || iso3, 10) end as strategy_year
    from c
)
select v.rk, v.qid, v.code, v.type, v.spos, v.qpos, v.vkey, v.ak, v.r, v.y, v.ly, v.m, v.profile, v.language, v.codes,
       v.opens_on, v.iso3, v.capacity_need,
       case when profile in (2, 4) and y - strategy_year >= 6 then strategy_year + 6 * ((y - strategy_year) / 6)
            else strategy_year end as strategy_year
from v
where case
          when code = 'CTX.2' then strategy_year <= y and pg_temp.u(vkey || ':a') < 0.92
          when code = 'LAW.3' then m >= 0.3 and pg_temp.u(vkey || ':a') < 0.35 + 0.6 * m
          when code in ('CB.NEEDS-AREAS', 'CB.NEEDS-FORMS') then profile in (1, 3) and pg_temp.u(vkey || ':a') < 0.85
          when capacity_need then pg_temp.u(vkey || ':a') < case when profile in (1, 3) then 0.85 else 0.3 end
          when code = 'CB.OFFERS' then pg_temp.u(vkey || ':a') < case when profile in (2, 4) then 0.9 else 0.2 end
          when optional then pg_temp.u(vkey || ':a') < 0.5 + 0.45 * m
          when scope = 'half' then pg_temp.u(vkey || ':a') < 0.95
          else true end;

alter table b_answer add column text_value text, add column choices text[], add column number_value numeric(20, 4),
    add column date_value date, add column variant integer;

-- the text bank variant a State's answer comes from: its profile's, now and then a neighbour's
update b_answer a
set variant = case when pg_temp.u(a.iso3 || ':' || a.code || ':variant') < 0.2
                   then case a.profile when 1 then 3 when 3 then 1 when 2 then 4 else 2 end
                   else a.profile end
where a.type = 'TEXT';

update b_answer a
set text_value = case
        when a.language in ('es', 'fr') then
            (select o.text_value from b_other_text o
             where o.language = a.language and o.i = pg_temp.n(a.vkey || ':t1', 4))
            || ' ' ||
            (select o.text_value from b_other_text o
             where o.language = a.language and o.i = (pg_temp.n(a.vkey || ':t1', 4) + 1 + pg_temp.n(a.vkey || ':t2', 3)) % 4)
        else
            t.text_value
            || case when pg_temp.u(a.vkey || ':year') < 0.45
                    then ' ' || replace((select y.text_value from b_year_text y where y.i = pg_temp.n(a.vkey || ':ys', 6)),
                                        '{y}', a.ly::text)
                    else '' end
            || case when a.vkey <> a.ak
                    then ' This revised version updates the information given in the first submission of ' || a.ly || '.'
                    else '' end end
from b_text t
where a.type = 'TEXT' and t.code = a.code and t.variant = a.variant;

update b_answer a
set choices = case
        when pg_temp.u(a.vkey || ':v') > 0.975 then array['NOT_APPLICABLE']
        when pg_temp.u(a.vkey || ':v') < 0.08 + 0.82 * a.m then array['YES']
        when pg_temp.u(a.vkey || ':v') < 0.08 + 0.82 * a.m + (0.92 - 0.82 * a.m) * 0.55 then array['PARTLY']
        else array['NO'] end
where a.type = 'YES_PARTLY_NO';

-- choice lists run from the most to the least established arrangement
update b_answer a
set choices = array[a.codes[1 + least(3, greatest(0, floor((1 - a.m) * 3.2 + (pg_temp.u(a.vkey || ':v') - 0.5) * 1.6)))::integer]]
where a.type = 'SINGLE_CHOICE';

update b_answer a
set choices = coalesce(
        nullif(array(select o.c from unnest(a.codes) with ordinality o(c, i)
                     where o.c <> 'NONE'
                       and pg_temp.u(a.vkey || ':o' || o.i) < case a.code
                               when 'THR.1' then 0.3 + 0.25 * a.m
                               when 'N-K.3' then 0.75 - 0.55 * a.m
                               when 'CB.NEEDS-AREAS' then 0.55 - 0.25 * a.m
                               when 'CB.NEEDS-FORMS' then 0.45
                               else 0.15 + 0.7 * a.m end
                     order by o.i), '{}'::text[]),
        case when 'NONE' = any (a.codes) then array['NONE']
             else array[a.codes[1 + pg_temp.n(a.vkey || ':one', cardinality(a.codes))]] end)
where a.type = 'MULTIPLE_CHOICE';

update b_answer a
set number_value = case a.code
        when 'CTX.2' then a.strategy_year + (a.ly - a.y)
        when 'CBM.6' then round(1 + a.m * 35 + pg_temp.u(a.vkey || ':v') * 8)
        when 'GEN.1' then least(80, 18 + pg_temp.n(a.vkey || ':v', 30) + 2 * (a.y - 2017))
        when 'GEN.2' then 6 + pg_temp.n(a.vkey || ':v', 28) + (a.y - 2017)
        else 1 + pg_temp.n(a.vkey || ':v', 50) end
where a.type = 'NUMBER';

update b_answer a
set date_value = pg_temp.d(a.opens_on - (20 + pg_temp.n(a.vkey || ':v', 400)))
where a.type = 'DATE';

-- what each version records about itself: completeness and the text search reads
update b_report b
set answered_count = x.answered, search_text = b.title || coalesce(E'\n' || x.texts, '')
from (select a.rk, count(*)::integer as answered,
             string_agg(a.text_value, E'\n' order by a.spos, a.qpos) filter (where a.text_value is not null) as texts
      from b_answer a group by a.rk) x
where x.rk = b.rk;
update b_report set answered_count = 0, search_text = title where answered_count is null;

do $$
begin
    for rev in 1..4 loop
        insert into national_report (state_id, cycle_id, title, status, visibility, language, submitted_at,
                                     created_at, created_by, updated_at, updated_by, revision, revises_id, superseded,
                                     answered_count, question_count, first_submitted_at, search_text)
        select b.state_id, b.cycle_id, b.title, b.status, b.visibility, b.language, pg_temp.t(b.submitted_at),
               pg_temp.t(b.created_at), case when b.r = 1 then b.drafter else b.approver end,
               pg_temp.t(b.updated_at), case when b.status = 'SUBMITTED' or b.superseded then b.approver else b.drafter end,
               b.r, p.report_id, b.superseded, b.answered_count, (select count(*) from b_q),
               pg_temp.t(b.first_submitted_at), b.search_text
        from b_report b
        left join b_report p on p.state_id = b.state_id and p.cycle_id = b.cycle_id and p.r = b.r - 1
        where b.r = rev
        order by b.n, b.k;
        update b_report b set report_id = nr.id
        from national_report nr
        where b.r = rev and nr.state_id = b.state_id and nr.cycle_id = b.cycle_id and nr.revision = b.r;
    end loop;
end
$$;

insert into report_answer (report_id, question_id, text_value, choices, number_value, date_value)
select b.report_id, a.qid, a.text_value, coalesce(a.choices, '{}'), a.number_value, a.date_value
from b_answer a
join b_report b on b.rk = a.rk
order by b.report_id, a.spos, a.qpos;

-- sections: saved while drafting (the sections of a half-filled draft that nobody opened yet, never)
insert into report_section (report_id, section_id, unchanged, edits, updated_at, updated_by)
select b.report_id, ts.id,
       b.r > 1 and not exists (select 1 from b_answer a join b_q q on q.qid = a.qid
                               where a.rk = b.rk and q.spos = ts.position and a.vkey <> a.ak)
           and pg_temp.u('unchanged:' || b.rk || ':' || ts.position) < 0.5,
       case when b.scope = 'half' and ts.position > 11 then 0
            else 1 + pg_temp.n('edits:' || b.rk || ':' || ts.position, 4) end,
       case when b.scope = 'half' and ts.position > 11 then null
            else pg_temp.t(b.created_at + (coalesce(b.submitted_at, b.updated_at) - b.created_at)
                                          * (0.2 + 0.75 * pg_temp.u('saved:' || b.rk || ':' || ts.position))) end,
       case when b.scope = 'half' and ts.position > 11 then null else b.drafter end
from b_report b
join template_section ts on ts.template_id = (select id from report_template where code = 'NSI' and edition = 1)
order by b.report_id, ts.position;

-- the workflow of each version: started, sent for review (and now and then returned), submitted
insert into report_event (report_id, kind, comment, at, actor)
select e.report_id, e.kind, e.comment, pg_temp.t(e.at), e.actor
from (
    select b.report_id, case when b.r = 1 then 'STARTED' else 'REVISION_STARTED' end as kind, '' as comment,
           b.created_at as at, case when b.r = 1 then b.drafter else b.approver end as actor
    from b_report b
    union all
    select b.report_id, 'SENT_FOR_REVIEW', '', coalesce(b.submitted_at, b.updated_at) - interval '8 days', b.drafter
    from b_report b where b.status in ('SUBMITTED', 'IN_REVIEW') and b.returned
    union all
    select b.report_id, 'RETURNED',
           pg_temp.pick(array['Please complete the section on critical infrastructure before submission.',
                              'The answers on international law need to be cleared by the legal adviser.',
                              'Please align the capacity-building needs with the national strategy.',
                              'Some figures in the gender section need to be checked with the statistics office.'],
                        'return:' || b.rk),
           coalesce(b.submitted_at, b.updated_at) - interval '6 days', b.approver
    from b_report b where b.status in ('SUBMITTED', 'IN_REVIEW') and b.returned
    union all
    select b.report_id, 'SENT_FOR_REVIEW', '',
           coalesce(b.submitted_at - make_interval(days => 1 + pg_temp.n('sfr:' || b.rk, 4)), b.updated_at), b.drafter
    from b_report b where b.status in ('SUBMITTED', 'IN_REVIEW')
    union all
    select b.report_id, 'SUBMITTED', '', b.submitted_at, b.approver
    from b_report b where b.status = 'SUBMITTED'
    union all
    select b.report_id, 'VISIBILITY_CHANGED', b.visibility, b.submitted_at + interval '2 hours', b.approver
    from b_report b where b.status = 'SUBMITTED' and pg_temp.u('visibility-event:' || b.rk) < 0.08
) e
order by e.report_id, e.at, e.kind;

-- the reminders that went out before the deadlines of the closed cycles, to States that had not submitted
insert into cycle_reminder (cycle_id, state_id, days_before, sent_at, recipients)
select c.id, s.id, d, pg_temp.t((c.deadline - d) + time '07:00'), 1 + (s.k > 100)::integer
from b_cycle c
cross join b_state s
cross join unnest(array[30, 14, 7, 1]) d
where c.n < 10
  and not exists (select 1 from b_report b
                  where b.cycle_id = c.id and b.state_id = s.id and b.r = 1 and b.submitted_at < (c.deadline - d) + time '07:00')
order by c.id, s.k, d desc;

-- ---------------------------------------------------------------------------------------------
-- Points of Contact: three to eight per State over the years, at both levels; most verified,
-- some only nominated, some withdrawn, one in five not confirmed for more than a year (stale).
-- ---------------------------------------------------------------------------------------------
create temp table b_poc on commit drop as
with c as (
    select s.k, s.id as state_id, s.iso2, s.iso3, s.name_en, s.ng, s.lang, s.m0, s.drafter, s.region,
           j,
           case j when 1 then 'DIPLOMATIC' when 2 then 'TECHNICAL'
                  else case when pg_temp.u('poc-level:' || s.iso3 || j) < 0.55 then 'TECHNICAL' else 'DIPLOMATIC' end end
               as level,
           pg_temp.u('poc-status:' || s.iso3 || j) as su,
           (make_date(2016 + floor(s.engagement * 5)::integer, 6, 1) + pg_temp.n('poc-join:' || s.iso3, 300)) as joined,
           pg_temp.u('poc-woman:' || s.iso3 || j) < 0.42 as woman
    from b_state s
    cross join lateral generate_series(1, 3 + pg_temp.n('poc-count:' || s.iso3, 5) + (s.profile in (2, 4))::integer) j
), st as (
    select c.*,
           case when j >= 3 and su < 0.3 then 'INACTIVE' when su > 0.93 then 'NOMINATED' else 'VERIFIED' end as status,
           pg_temp.u('poc-stale:' || iso3 || j) < 0.08 + 0.25 * (1 - m0) as stale
    from c
), t as (
    select st.*,
           case status
               when 'NOMINATED' then timestamptz '2026-12-07 09:00Z' - make_interval(days => 2 + pg_temp.n('poc-nom:' || iso3 || j, 80),
                                                                                   hours => pg_temp.n('poc-h:' || iso3 || j, 8))
               when 'INACTIVE' then (joined + pg_temp.n('poc-nom:' || iso3 || j, 300)) + time '10:00'
               else null end as nominated_0,
           case when status = 'VERIFIED' and stale
                    then timestamptz '2026-12-07 09:00Z' - make_interval(days => 366 + pg_temp.n('poc-conf:' || iso3 || j, 900),
                                                                       hours => pg_temp.n('poc-ch:' || iso3 || j, 9))
                when status = 'VERIFIED'
                    then timestamptz '2026-12-07 09:00Z' - make_interval(days => 1 + pg_temp.n('poc-conf:' || iso3 || j, 360),
                                                                       hours => pg_temp.n('poc-ch:' || iso3 || j, 9))
           end as confirmed_0
    from st
)
select t.k, t.state_id, t.iso2, t.iso3, t.name_en, t.ng, t.lang, t.drafter, t.region, t.j, t.level, t.status, t.stale,
       t.woman,
       coalesce(t.nominated_0,
                least(t.confirmed_0 - interval '15 days',
                      (t.joined + time '10:00')
                      + make_interval(days => case when t.j <= 2 then pg_temp.n('poc-age:' || t.iso3 || t.j, 90)
                                                   else pg_temp.n('poc-age:' || t.iso3 || t.j, 2200) end)))
           + make_interval(secs => t.j) as nominated_at,
       case when t.status = 'INACTIVE'
            then least(timestamptz '2026-11-20 10:00Z',
                       t.nominated_0 + make_interval(days => 300 + pg_temp.n('poc-wd:' || t.iso3 || t.j, 1700))) end
           as withdrawn_at,
       t.confirmed_0
from t;

alter table b_poc add column last_confirmed_at timestamptz, add column verified_at timestamptz,
    add column updated_last boolean, add column old_title text, add column title text, add column agency text,
    add column full_name text, add column given text, add column family text;
update b_poc p
set last_confirmed_at = case p.status
        when 'NOMINATED' then p.nominated_at
        when 'INACTIVE' then p.nominated_at + (p.withdrawn_at - p.nominated_at) * 0.7
        else p.confirmed_0 end,
    verified_at = case when p.status <> 'NOMINATED'
                       then p.nominated_at + make_interval(days => 1 + pg_temp.n('poc-ver:' || p.iso3 || p.j, 10),
                                                           hours => pg_temp.n('poc-verh:' || p.iso3 || p.j, 6)) end,
    updated_last = p.status <> 'NOMINATED' and pg_temp.u('poc-upd:' || p.iso3 || p.j) < 0.25,
    given = pg_temp.given(p.ng, p.woman, 'poc:' || p.iso3 || p.j),
    family = pg_temp.family(p.ng, 'poc:' || p.iso3 || p.j),
    title = case p.level
        when 'DIPLOMATIC' then pg_temp.pick(array['Director, International Security and Cyber Policy',
                                                  'Counsellor for Cyber Affairs', 'Head of the Cyber Diplomacy Unit',
                                                  'Deputy Director, Disarmament and International Security',
                                                  'Ambassador for Cyber Affairs', 'First Secretary, Cyber and Digital Policy'],
                                            'poc-title:' || p.iso3 || p.j)
        else pg_temp.pick(array['Head of the national CSIRT', 'Incident response coordinator', 'Deputy head, national CERT',
                                'Threat intelligence lead', 'Duty officer, National Cyber Security Centre',
                                'Head of international cooperation, national CSIRT'], 'poc-title:' || p.iso3 || p.j) end,
    old_title = case p.level when 'DIPLOMATIC' then 'Counsellor, Disarmament Affairs' else 'Senior incident handler' end,
    agency = case p.level
        when 'DIPLOMATIC' then pg_temp.pick(array['Ministry of Foreign Affairs', 'Ministry of Foreign Affairs and International Cooperation',
                                                  'Ministry of Foreign and European Affairs', 'Permanent Mission to the United Nations'],
                                            'poc-agency:' || p.iso3 || p.j)
        else pg_temp.pick(array['National CSIRT of ' || p.name_en, 'National Cybersecurity Agency', 'National Cyber Security Centre',
                                'National Cybersecurity Authority', 'Computer Emergency Response Team of ' || p.name_en],
                          'poc-agency:' || p.iso3) end;
update b_poc set full_name = given || ' ' || family;
-- a contact cannot be confirmed before it was verified
update b_poc set last_confirmed_at = greatest(last_confirmed_at, verified_at) where status = 'VERIFIED';
update b_poc set verified_at = least(verified_at, withdrawn_at - interval '1 day') where status = 'INACTIVE';

insert into point_of_contact (state_id, level, full_name, title, agency, status, last_confirmed_at, emails, phones,
                              working_languages, time_zone, availability, office_hours, secure_channels, stale_reminded_at,
                              created_at, created_by, updated_at, updated_by)
select p.state_id, p.level, p.full_name, p.title, p.agency, p.status, pg_temp.t(p.last_confirmed_at),
       array[pg_temp.mailbox(p.given) || '.' || pg_temp.mailbox(p.family)
             || case p.level when 'DIPLOMATIC' then '@mfa.' else '@csirt.' end || lower(p.iso2) || '.example.org']
           || case when pg_temp.u('poc-mail2:' || p.iso3 || p.j) < 0.4
                   then array[case p.level when 'DIPLOMATIC' then 'cyber.policy@mfa.' else 'incident@csirt.' end
                              || lower(p.iso2) || '.example.org']
                   else '{}'::varchar[] end,
       array['+' || (20 + pg_temp.n('cc:' || p.iso3, 960)) || ' ' || (2000000 + pg_temp.n('tel:' || p.iso3 || p.j, 7999999))]
           || case when p.level = 'TECHNICAL' and pg_temp.u('poc-tel2:' || p.iso3 || p.j) < 0.4
                   then array['+' || (20 + pg_temp.n('cc:' || p.iso3, 960)) || ' ' || (2000000 + pg_temp.n('tel2:' || p.iso3 || p.j, 7999999))
                              || ' (24/7)']
                   else '{}'::varchar[] end,
       case when p.lang = 'en' then array['en']::varchar[] else array[p.lang, 'en']::varchar[] end,
       null,
       case when p.level = 'TECHNICAL' and pg_temp.u('poc-247:' || p.iso3 || p.j) < 0.6 then 'ALWAYS' else 'OFFICE_HOURS' end,
       case when p.level = 'TECHNICAL' and pg_temp.u('poc-247:' || p.iso3 || p.j) < 0.6 then null
            when p.lang = 'ar' then 'Sun-Thu 08:00-15:00' else 'Mon-Fri 09:00-17:00' end,
       case when p.level = 'TECHNICAL' and pg_temp.u('poc-sec:' || p.iso3 || p.j) < 0.5
            then 'PGP key on request; secure line through the national CSIRT' end,
       case when p.status = 'VERIFIED' and p.stale and pg_temp.u('poc-rem:' || p.iso3 || p.j) < 0.85
            then pg_temp.t(p.last_confirmed_at + interval '366 days') end,
       pg_temp.t(p.nominated_at), p.drafter,
       pg_temp.t(coalesce(p.withdrawn_at, greatest(p.last_confirmed_at, p.verified_at))), p.drafter
from b_poc p
order by p.nominated_at, p.k, p.j;

alter table b_poc add column contact_id bigint;
update b_poc p set contact_id = c.id
from point_of_contact c
where c.state_id = p.state_id and c.created_at = pg_temp.t(p.nominated_at) and c.full_name = p.full_name and c.level = p.level;

insert into contact_event (contact_id, action, actor, occurred_at, changes)
select e.contact_id, e.action, e.actor, pg_temp.t(e.at), e.changes
from (
    select p.contact_id, 'NOMINATED' as action, p.drafter as actor, p.nominated_at as at, '' as changes from b_poc p
    union all
    select p.contact_id, 'VERIFIED', pg_temp.sec(1 + pg_temp.n('poc-sec:' || p.iso3, 20)),
           p.verified_at, ''
    from b_poc p where p.verified_at is not null
    union all
    -- confirmed about once a year
    select p.contact_id, 'CONFIRMED', p.drafter, p.nominated_at + make_interval(days => 365 * i - pg_temp.n('poc-cy:' || p.iso3 || p.j || i, 40)), ''
    from b_poc p
    cross join lateral generate_series(1, 10) i
    where p.status <> 'NOMINATED'
      and p.nominated_at + make_interval(days => 365 * i) < p.last_confirmed_at - interval '30 days'
    union all
    select p.contact_id, case when p.updated_last then 'UPDATED' else 'CONFIRMED' end, p.drafter, p.last_confirmed_at,
           case when p.updated_last then 'title: ' || p.old_title || ' → ' || p.title else '' end
    from b_poc p
    where p.status <> 'NOMINATED' and p.last_confirmed_at > p.verified_at + interval '1 day'
    union all
    select p.contact_id, 'WITHDRAWN', p.drafter, p.withdrawn_at, '' from b_poc p where p.withdrawn_at is not null
) e
-- the history of the years kept (every contact stays in the directory)
where e.at >= timestamptz :'since'
order by e.at, e.contact_id;

-- ---------------------------------------------------------------------------------------------
-- Communication checks: two a year, each to every Point of Contact in the directory at the time
-- (now and then to one level or one regional group only). Answers improve over the years; some
-- answer late, some never, a few addresses bounce.
-- ---------------------------------------------------------------------------------------------
create temp table b_check on commit drop as
select c, y, started_at,
       case when c % 5 = 2 then 'TECHNICAL' when c % 7 = 3 then 'DIPLOMATIC' end as scope_level,
       case when c = 12 then 'AFRICAN' when c = 17 then 'ASIA_PACIFIC' end as scope_region,
       'bench-check-' || to_char(pg_temp.t(started_at), 'YYYY-MM') as request_key
from (select c, 2017 + c / 2 as y,
             make_timestamptz(2017 + c / 2, case when c % 2 = 0 then 3 else 10 end, 10 + pg_temp.n('check-day:' || c, 10),
                              9, 0, 0, 'UTC') as started_at
      from generate_series(0, 19) c) x
where started_at >= timestamptz :'since';

insert into communication_check (request_key, title, scope, started_by, started_at, response_deadline, links_expire_at,
                                 created_at, created_by, updated_at, updated_by)
select k.request_key,
       'Communication check of the Points of Contact directory, ' || to_char(pg_temp.t(k.started_at), 'FMMonth YYYY'),
       case k.scope_level when 'TECHNICAL' then 'Technical level' when 'DIPLOMATIC' then 'Diplomatic level' else 'Both levels' end
           || ' · ' ||
       case k.scope_region when 'AFRICAN' then 'African Group' when 'ASIA_PACIFIC' then 'Asia-Pacific Group'
                           else 'All regional groups' end,
       pg_temp.sec(1 + k.c % 20),
       pg_temp.t(k.started_at), pg_temp.t(k.started_at + interval '48 hours'), pg_temp.t(k.started_at + interval '14 days'),
       pg_temp.t(k.started_at - interval '5 minutes'), pg_temp.sec(1 + k.c % 20),
       pg_temp.t(k.started_at), pg_temp.sec(1 + k.c % 20)
from b_check k
order by k.c;

insert into check_message (check_id, contact_id, state_id, level, contact_name, email, language, token, status,
                           sent_at, acknowledged_at, failure, reminders, last_reminded_at)
select cc.id, p.contact_id, p.state_id, p.level, p.full_name, pc.emails[1], pc.working_languages[1],
       md5(:seed || ':check:' || k.c || ':' || p.contact_id) || md5(p.contact_id || ':token:' || k.c || ':' || :seed),
       case when x.a > 0.96 - 0.01 * (k.c / 5) then 'FAILED' when x.a < x.p_ack then 'ACKNOWLEDGED' else 'SENT' end,
       case when x.a > 0.96 - 0.01 * (k.c / 5) then null else pg_temp.t(k.started_at + make_interval(mins => 1 + pg_temp.n('sent:' || k.c || ':' || p.contact_id, 5))) end,
       case when x.a < x.p_ack and x.a <= 0.96 - 0.01 * (k.c / 5)
            then pg_temp.t(k.started_at + x.delay) end,
       case when x.a > 0.96 - 0.01 * (k.c / 5)
            then pg_temp.pick(array['550 5.1.1 Recipient address rejected: mailbox unavailable',
                                    '550 5.7.1 Message rejected by the recipient''s security policy',
                                    '452 4.2.2 Mailbox full'], 'bounce:' || k.c || ':' || p.contact_id) end,
       case when x.a > 0.96 - 0.01 * (k.c / 5) then 0
            when x.a >= x.p_ack then 2
            when x.delay > interval '48 hours' then 2
            when x.delay > interval '24 hours' then 1 else 0 end,
       case when x.a > 0.96 - 0.01 * (k.c / 5) then null
            when x.a >= x.p_ack or x.delay > interval '48 hours' then pg_temp.t(k.started_at + interval '48 hours')
            when x.delay > interval '24 hours' then pg_temp.t(k.started_at + interval '24 hours') end
from b_check k
join communication_check cc on cc.request_key = k.request_key
join b_poc p on p.nominated_at < k.started_at - interval '1 day'
            and (p.withdrawn_at is null or p.withdrawn_at > k.started_at)
            and (k.scope_level is null or p.level = k.scope_level)
            and (k.scope_region is null or p.region = k.scope_region)
join point_of_contact pc on pc.id = p.contact_id
join b_state s on s.k = p.k
cross join lateral (
    select pg_temp.u('ack:' || k.c || ':' || p.contact_id) as a,
           least(0.9, 0.33 + 0.02 * k.c + 0.3 * s.m0) as p_ack,
           case when pg_temp.u('late:' || k.c || ':' || p.contact_id) < 0.22
                then make_interval(hours => 49 + pg_temp.n('delay:' || k.c || ':' || p.contact_id, 260))
                else make_interval(mins => 10 + pg_temp.n('delay:' || k.c || ':' || p.contact_id, 2800)) end as delay
) x
order by k.c, s.k, p.j;

-- ---------------------------------------------------------------------------------------------
-- Organisations: 200 stakeholders of every kind; about 120 applied for accreditation (most
-- accredited, by non-objection or through their ECOSOC status; some objected to; a dozen still
-- under way); their focal points and representatives have accounts.
-- ---------------------------------------------------------------------------------------------
create temp table b_org_name on commit drop as
select 'NGO' as type, p || ' for ' || c as name, null::text as country, 70 as wanted
from unnest(array['Centre', 'Coalition', 'Foundation', 'Network', 'Alliance', 'Institute', 'Initiative', 'Forum',
                  'Council', 'Observatory']) p
cross join unnest(array['Cyber Peace', 'Digital Rights', 'Responsible State Behaviour in Cyberspace', 'Women in Cybersecurity',
                        'Internet Freedom', 'Cyber Policy', 'Online Safety', 'Digital Inclusion', 'Humanitarian Data Protection',
                        'Critical Infrastructure Resilience', 'Cyber Capacity', 'Cyber Diplomacy']) c
union all
select 'ACADEMIA', p || ' ' || f || ', University of ' || c.city, c.iso3, 50
from unnest(array['Institute for', 'Centre for', 'School of', 'Laboratory for', 'Research Centre on', 'Chair in']) p
cross join unnest(array['Cybersecurity Studies', 'International Law and Technology', 'Digital Governance', 'Information Security',
                        'Cyber Conflict Studies', 'Technology and Society', 'Security and Emerging Technologies',
                        'Internet Policy']) f
cross join (values ('Nairobi', 'KEN'), ('Lagos', 'NGA'), ('Accra', 'GHA'), ('Dakar', 'SEN'), ('Cairo', 'EGY'),
                   ('Tunis', 'TUN'), ('Johannesburg', 'ZAF'), ('São Paulo', 'BRA'), ('Buenos Aires', 'ARG'),
                   ('Santiago', 'CHL'), ('Bogotá', 'COL'), ('Mexico City', 'MEX'), ('Toronto', 'CAN'),
                   ('Geneva', 'CHE'), ('Leiden', 'NLD'), ('Tallinn', 'EST'), ('Warsaw', 'POL'), ('Singapore', 'SGP'),
                   ('Delhi', 'IND'), ('Canberra', 'AUS'), ('Tokyo', 'JPN'), ('Seoul', 'KOR'), ('Jakarta', 'IDN'),
                   ('the West Indies', 'JAM'), ('the South Pacific', 'FJI')) c(city, iso3)
union all
select 'PRIVATE_SECTOR', b || ' ' || s, c, 35
from unnest(array['Arc', 'Sentinel', 'Blue Harbor', 'Northgate', 'Kestrel', 'Meridian', 'Orbis', 'Quanta', 'Helix',
                  'Trident', 'Vantage', 'Lumen']) b
cross join unnest(array['Security', 'Networks', 'Cyber Defence', 'Systems', 'Cloud', 'Telecom', 'Labs']) s
cross join lateral (select pg_temp.pick(array['USA', 'GBR', 'DEU', 'FRA', 'JPN', 'KOR', 'CHN', 'IND', 'ISR', 'SGP', 'BRA',
                                              'ZAF', 'NLD', 'SWE', 'FIN', 'EST', 'ARE', 'KEN', 'NGA', 'CAN'],
                                        'org-hq:' || b || s) as c) x
union all
select 'TECHNICAL_COMMUNITY', r.name || ' ' || t, r.iso3, 30
from unnest(array['Network Operators Group', 'CSIRT Association', 'Internet Registry Forum', 'Internet Society Chapter',
                  'DNS Security Forum', 'Open Source Security Foundation']) t
cross join (values ('African', 'MUS'), ('Asia-Pacific', 'AUS'), ('Latin American', 'URY'), ('Caribbean', 'TTO'),
                   ('Pacific Islands', 'FJI'), ('Arab', 'JOR'), ('Central Asian', 'KAZ'), ('Nordic', 'NOR'),
                   ('Baltic', 'LVA'), ('Balkan', 'SRB'), ('East African', 'RWA'), ('West African', 'GHA'),
                   ('Southern African', 'BWA'), ('South Asian', 'LKA'), ('South-East Asian', 'MYS')) r(name, iso3)
union all
select 'INTERNATIONAL_ORGANISATION', p || ' ' || r, null, 15
from unnest(array['Cybersecurity Programme of the', 'Cyber Desk of the', 'Digital Security Unit of the']) p
cross join unnest(array['Regional Economic Community of West Africa', 'Cooperation Council of the Gulf States',
                        'Association of Island States', 'Central American Integration System',
                        'Organisation of Eastern Partnership States', 'Southern Development Community',
                        'Andean Cooperation Organisation']) r;

create temp table b_org on commit drop as
with ranked as (
    select o.*, row_number() over (partition by o.type order by pg_temp.u('org-pick:' || o.name), o.name) as rn
    from b_org_name o
), chosen as (
    select * from ranked where rn <= wanted
)
select row_number() over (order by pg_temp.u('org-order:' || c.name), c.name)::integer as i, c.type, c.name,
       coalesce(c.country, (select s.iso3 from b_state s where s.k = 1 + pg_temp.n('org-country:' || c.name, 195))) as country,
       c.type <> 'INTERNATIONAL_ORGANISATION' as has_country
from chosen c;
alter table b_org add column acronym text, add column ecosoc boolean, add column applies boolean,
    add column pending boolean, add column applied_at timestamptz, add column created_at timestamptz,
    add column focal text, add column org_id bigint;
update b_org o
set acronym = left(array_to_string(array(select left(w, 1) from regexp_split_to_table(o.name, '[ ,-]+') w
                                         where w ~ '^[A-Z]'), ''), 12),
    ecosoc = pg_temp.u('org-ecosoc:' || o.name) < case o.type when 'NGO' then 0.35 when 'ACADEMIA' then 0.15
                                                               when 'TECHNICAL_COMMUNITY' then 0.3
                                                               when 'PRIVATE_SECTOR' then 0.05 else 0 end,
    applies = pg_temp.u('org-applies:' || o.name) < 0.5 and o.type <> 'INTERNATIONAL_ORGANISATION'
              or o.type = 'INTERNATIONAL_ORGANISATION' and pg_temp.u('org-applies:' || o.name) < 0.3,
    focal = 'org' || lpad(o.i::text, 3, '0') || '.focal';
update b_org o set pending = o.i in (select i from b_org where applies order by pg_temp.u('org-pending:' || name) limit 12);
update b_org o
set applied_at = case when o.pending
                      then timestamptz '2026-12-07 09:00Z' - make_interval(days => 3 + pg_temp.n('org-app:' || o.name, 25),
                                                                          hours => pg_temp.n('org-apph:' || o.name, 8))
                      when o.applies
                      then timestamptz '2017-06-01 09:00Z' + make_interval(days => pg_temp.n('org-app:' || o.name, 3400),
                                                                          hours => pg_temp.n('org-apph:' || o.name, 8)) end;
update b_org o
set created_at = coalesce(o.applied_at - make_interval(days => 1 + pg_temp.n('org-created:' || o.name, 20)),
                          timestamptz '2017-03-01 09:00Z' + make_interval(days => pg_temp.n('org-created:' || o.name, 3500)));

-- the applications: first ones, and a second one for some organisations objected to
create temp table b_app on commit drop as
with first_app as (
    select o.i, o.org_id, o.name, o.ecosoc, o.focal, o.pending, 1 as seq, o.applied_at,
           case when o.pending and not o.ecosoc and o.applied_at <= timestamptz '2026-11-29 00:00Z' then 'CIRCULATED'
                when o.pending then 'SUBMITTED'
                when o.ecosoc then 'ACCREDITED'
                when pg_temp.u('org-objected:' || o.name) < 0.16 then 'OBJECTED'
                else 'ACCREDITED' end as status
    from b_org o where o.applies
), second_app as (
    select f.i, f.org_id, f.name, f.ecosoc, f.focal, false, 2,
           f.applied_at + make_interval(days => 400 + pg_temp.n('org-reapply:' || f.name, 300)), 'ACCREDITED'
    from first_app f
    where f.status = 'OBJECTED' and pg_temp.u('org-reapply?' || f.name) < 0.5
      and f.applied_at < timestamptz '2024-06-01 00:00Z'
), a as (
    select * from first_app union all select * from second_app
)
select a.*,
       case when a.ecosoc or a.status = 'SUBMITTED' then null
            else a.applied_at + make_interval(days => 2 + pg_temp.n('org-circ:' || a.name || a.seq, 6),
                                              hours => pg_temp.n('org-circh:' || a.name || a.seq, 5)) end as circulated_at,
       pg_temp.sec(1 + pg_temp.n('org-sec:' || a.name || a.seq, 20)) as secretariat
from a;

-- only the applications of the years kept: an organisation with none is one the secretariat registered
delete from b_app where applied_at < timestamptz :'since';
update b_org o set applies = exists (select 1 from b_app a where a.i = o.i);

insert into organisation (name, acronym, type, country_id, website, ecosoc_status, created_at, created_by, updated_at, updated_by)
select o.name, o.acronym, o.type, case when o.has_country then s.id end,
       'https://' || pg_temp.mailbox(o.acronym) || '-' || o.i || '.example.org', o.ecosoc,
       pg_temp.t(o.created_at), case when o.applies then o.focal else pg_temp.sec(3) end,
       pg_temp.t(o.created_at), case when o.applies then o.focal else pg_temp.sec(3) end
from b_org o
left join b_state s on s.iso3 = o.country
order by o.i;
update b_org o set org_id = g.id from organisation g where g.name = o.name;
update b_app a set org_id = o.org_id from b_org o where o.i = a.i;
alter table b_app add column deadline timestamptz, add column decided_at timestamptz, add column final_kind text,
    add column app_id bigint;
update b_app a
set deadline = a.circulated_at + interval '30 days',
    decided_at = case when a.status in ('ACCREDITED', 'OBJECTED') and a.circulated_at is not null
                          then a.circulated_at + interval '30 days 1 minute'
                      when a.status = 'ACCREDITED' then a.applied_at + make_interval(days => 1 + pg_temp.n('org-eco:' || a.name, 5)) end,
    final_kind = case when a.status = 'OBJECTED' then 'NOT_ACCREDITED'
                      when a.status = 'ACCREDITED' and a.circulated_at is null then 'ACCREDITED_ECOSOC'
                      when a.status = 'ACCREDITED' then 'ACCREDITED' end;

insert into accreditation_application (organisation_id, purpose, activities, relevance, status, deadline,
                                       created_at, created_by, updated_at, updated_by)
select a.org_id,
       'The ' || a.name || ' works for an open, secure, stable, accessible and peaceful ICT environment, bringing the '
           || 'expertise of its members to intergovernmental discussions.',
       pg_temp.pick(array['Research, training of officials and incident responders, and publications on the implementation of the framework of responsible State behaviour.',
                          'Capacity-building programmes for national CERTs, cyber hygiene campaigns and policy advice to governments.',
                          'Convening multi-stakeholder dialogues, publishing annual reports on cyber incidents affecting civilians, and training diplomats.',
                          'Operating Internet infrastructure, coordinating incident response among network operators and sharing threat information.'],
                    'org-act:' || a.name),
       pg_temp.pick(array['Our work on capacity-building and confidence-building measures can inform the working groups and the review of voluntary national reports.',
                          'We can contribute technical expertise on the protection of critical infrastructure and on vulnerability disclosure.',
                          'Our research on international law and State practice is relevant to the discussions of the Programme of Action.',
                          'We bring the perspective of users and civil society, in particular of women and of developing countries.'],
                    'org-rel:' || a.name),
       a.status, pg_temp.t(a.deadline), pg_temp.t(a.applied_at), a.focal, pg_temp.t(coalesce(a.decided_at, a.circulated_at, a.applied_at)),
       case when a.decided_at is not null and a.circulated_at is not null then 'system'
            when a.decided_at is not null or a.circulated_at is not null then a.secretariat else a.focal end
from b_app a
order by a.applied_at, a.i;
update b_app a set app_id = x.id from accreditation_application x
where x.organisation_id = a.org_id and x.created_at = pg_temp.t(a.applied_at);

-- objections: one to three States each, by their approvers
create temp table b_objection on commit drop as
select a.app_id, s.id as state_id, s.approver,
       a.circulated_at + make_interval(days => 1 + pg_temp.n('obj-day:' || a.app_id || s.iso3, 27),
                                       hours => pg_temp.n('obj-h:' || a.app_id || s.iso3, 9)) as objected_at,
       case when pg_temp.u('obj-reason:' || a.app_id || s.iso3) < 0.6
            then pg_temp.pick(array['The organisation''s membership includes vendors of intrusion software; we need more information on its governance.',
                                    'The application does not explain how the organisation is funded.',
                                    'Some of the organisation''s publications are not consistent with the purposes of the Programme of Action.'],
                              'obj-text:' || a.app_id || s.iso3) end as reason
from b_app a
cross join lateral (
    select s.* from b_state s
    order by pg_temp.u('obj:' || a.app_id || ':' || s.iso3)
    limit 1 + pg_temp.n('obj-count:' || a.app_id, 3)
) s
where a.status = 'OBJECTED';

insert into accreditation_objection (application_id, state_id, reason, objected_at, objected_by)
select app_id, state_id, reason, pg_temp.t(objected_at), approver from b_objection order by objected_at, app_id, state_id;

insert into accreditation_event (application_id, kind, occurred_at, actor)
select e.app_id, e.kind, pg_temp.t(e.at), e.actor
from (
    select a.app_id, 'APPLIED' as kind, a.applied_at as at, a.focal as actor from b_app a
    union all
    select a.app_id, 'CIRCULATED', a.circulated_at, a.secretariat from b_app a where a.circulated_at is not null
    union all
    select o.app_id, 'OBJECTED', o.objected_at, o.approver from b_objection o
    union all
    select a.app_id, a.final_kind, a.decided_at, case when a.final_kind = 'ACCREDITED_ECOSOC' then a.secretariat else 'system' end
    from b_app a where a.final_kind is not null
) e
order by e.at, e.app_id, e.kind;

-- the organisations accredited, and since when
create temp table b_accredited on commit drop as
select o.i, o.org_id, o.name, o.focal, o.country, min(a.decided_at) as accredited_at
from b_org o join b_app a on a.org_id = o.org_id and a.status = 'ACCREDITED'
group by o.i, o.org_id, o.name, o.focal, o.country;

-- focal points of the organisations that signed up, and further representatives of accredited ones
insert into user_account (username, display_name, email, password_hash, role, approver, state_id, organisation_id,
                          focal_point, enabled, preferred_locale, created_at, created_by, updated_at, updated_by)
select x.username, x.display_name, x.email, '{bcrypt}$2a$10$71Weu4wEm3XBvATxWAMjquscPu1VyOrHz2Fw/42bL6qMqUbo95EHa',
       'STAKEHOLDER', false, null, x.org_id, x.focal_point, true, null, pg_temp.t(x.created_at), x.created_by,
       pg_temp.t(x.created_at), x.created_by
from (
    select 1 as ord, o.i, o.focal as username, o.org_id, true as focal_point, o.created_at, o.focal as created_by,
           pg_temp.given(s.ng, pg_temp.u('focal-w:' || o.name) < 0.5, 'focal:' || o.name) || ' '
               || pg_temp.family(s.ng, 'focal:' || o.name) || ' (' || o.acronym || ')' as display_name,
           o.focal || '@' || pg_temp.mailbox(o.acronym) || '-' || o.i || '.example.org' as email
    from b_org o join b_state s on s.iso3 = o.country
    where o.applies
    union all
    select 2, o.i, 'org' || lpad(o.i::text, 3, '0') || '.rep', o.org_id, false,
           a.accredited_at + make_interval(days => 3 + pg_temp.n('rep:' || o.name, 60)), o.focal,
           pg_temp.given(s.ng, pg_temp.u('rep-w:' || o.name) < 0.5, 'rep:' || o.name) || ' '
               || pg_temp.family(s.ng, 'rep:' || o.name) || ' (' || o.acronym || ')',
           'org' || lpad(o.i::text, 3, '0') || '.rep@' || pg_temp.mailbox(o.acronym) || '-' || o.i || '.example.org'
    from b_org o join b_accredited a on a.org_id = o.org_id join b_state s on s.iso3 = o.country
    where pg_temp.u('rep?' || o.name) < 0.35
      and a.accredited_at + make_interval(days => 3 + pg_temp.n('rep:' || o.name, 60)) < timestamptz '2026-12-07 00:00Z'
) x
order by x.ord, x.i;

-- ---------------------------------------------------------------------------------------------
-- Meetings, 2017-2027: five meetings of States (July, even years), review conferences (June 2019,
-- 2023 and 2027), the international conference (2021), 32 sessions of three working groups
-- (February-March, a few in December) and 19 informal consultations (April, September), clear of
-- the First Committee in October-November. Two were cancelled in 2020; the pandemic moved others
-- online. One session is under way; three meetings of 2027 accept registrations.
-- ---------------------------------------------------------------------------------------------
insert into working_group (name, mandate, established_on, created_at, created_by, updated_at, updated_by)
values ('Open-ended working group on capacity-building',
        'To take forward the practical matching of capacity-building needs and offers, the development of a global '
        || 'capacity-building portal, and the integration of gender perspectives in capacity-building programmes.',
        pg_temp.d(date '2017-11-20'), pg_temp.t(timestamptz '2017-11-20 15:00Z'), 'bench.secretariat.01', pg_temp.t(timestamptz '2017-11-20 15:00Z'), 'bench.secretariat.01'),
       ('Working group on existing and potential threats and confidence-building measures',
        'To exchange views on existing and potential threats, and to operationalise confidence-building measures, '
        || 'including the global Points of Contact directory and its communication checks.',
        pg_temp.d(date '2018-12-10'), pg_temp.t(timestamptz '2018-12-10 15:00Z'), 'bench.secretariat.01', pg_temp.t(timestamptz '2018-12-10 15:00Z'), 'bench.secretariat.01'),
       ('Working group on international law and the norms of responsible State behaviour',
        'To deepen common understandings of how international law applies to the use of ICTs by States, and to '
        || 'share practice in implementing the eleven voluntary norms.',
        pg_temp.d(date '2019-12-09'), pg_temp.t(timestamptz '2019-12-09 15:00Z'), pg_temp.sec(2), pg_temp.t(timestamptz '2019-12-09 15:00Z'), pg_temp.sec(2));

create temp table b_meeting on commit drop as
with m as (
    select 'MEETING_OF_STATES' as type, null::integer as wg, y, pg_temp.monday(make_date(y, 7, 6)) as start_date,
           4 as span, ord::integer as ord, null::integer as half
    from unnest(array[2018, 2020, 2022, 2024, 2026]) with ordinality x(y, ord)
    union all
    select 'REVIEW_CONFERENCE', null, y, pg_temp.monday(make_date(y, 6, 10)), 11, ord::integer, null
    from unnest(array[2019, 2023, 2027]) with ordinality x(y, ord)
    union all
    select 'INTERNATIONAL_CONFERENCE', null, 2021, pg_temp.monday(date '2021-06-28'), 4, 1, null
    union all
    select 'WORKING_GROUP_SESSION', g, y, pg_temp.monday(make_date(y, 2, 1) + (g - 1) * 21), 2, null, null
    from generate_series(1, 3) g cross join generate_series(2016 + g + 1, 2027) y
    union all
    select 'WORKING_GROUP_SESSION', g, y, pg_temp.monday(make_date(y, 12, case when g = 2 then 1 else 10 end)), 2, null, null
    from (values (1, 2019), (1, 2023), (2, 2021), (2, 2026), (3, 2024)) b(g, y)
    union all
    select 'INFORMAL_CONSULTATION', null, y,
           case when h = 1 then pg_temp.monday(make_date(y, 4, 12)) else pg_temp.monday(make_date(y, 9, 7)) end, 1, null, h
    from generate_series(2017, 2026) y cross join generate_series(1, 2) h
    where not (y = 2017 and h = 1)
), s as (
    select m.*, m.start_date + m.span as end_date,
           row_number() over (partition by m.type, m.wg order by m.start_date)::integer as session_no,
           row_number() over (order by m.start_date, m.type)::integer as mk
    from m
)
select s.*,
       case when s.type = 'INFORMAL_CONSULTATION' and s.start_date between date '2020-03-15' and date '2020-06-30' then 'CANCELLED'
            when s.type = 'WORKING_GROUP_SESSION' and s.start_date between date '2020-03-10' and date '2020-06-30' then 'CANCELLED'
            when s.end_date < date '2026-12-07' then 'CONCLUDED'
            when s.start_date <= date '2026-12-07' then 'IN_SESSION'
            when s.type = 'WORKING_GROUP_SESSION' and s.wg = 3 then 'PLANNED'
            else 'ANNOUNCED' end as status,
       case when s.start_date between date '2020-03-15' and date '2021-05-31' then 'VIRTUAL'
            when s.type in ('INTERNATIONAL_CONFERENCE') or s.y = 2022 and s.type = 'MEETING_OF_STATES' then 'HYBRID'
            when s.type = 'INFORMAL_CONSULTATION' and s.half = 2 then 'HYBRID'
            when s.type = 'WORKING_GROUP_SESSION' and pg_temp.u('wg-format:' || s.wg || s.y || s.start_date) < 0.5 then 'HYBRID'
            else 'IN_PERSON' end as format,
       case s.type when 'MEETING_OF_STATES' then 'NEW_YORK' when 'REVIEW_CONFERENCE' then 'GENEVA'
                   when 'INTERNATIONAL_CONFERENCE' then 'NEW_YORK'
                   when 'WORKING_GROUP_SESSION' then case s.wg when 1 then 'GENEVA' when 2 then 'VIENNA' else 'NEW_YORK' end
                   else case when s.half = 1 then 'NEW_YORK' else 'GENEVA' end end as duty_station,
       (array['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh',
              'Twelfth', 'Thirteenth'])[s.session_no] as ordinal,
       pg_temp.n('ic-topic:' || s.y || ':' || coalesce(s.half, 0), 8) as topic
from s;
-- the meetings of the years kept, and those to come (numbered as in the ten years)
delete from b_meeting where start_date < date :'since';

alter table b_meeting add column title text, add column venue text, add column registration_deadline date,
    add column outcome text, add column outcome_summary text, add column created_at timestamptz,
    add column updated_at timestamptz, add column secretariat text, add column meeting_id bigint;
update b_meeting m
set title = case m.type
        when 'MEETING_OF_STATES' then m.ordinal || ' Meeting of States'
        when 'REVIEW_CONFERENCE' then m.ordinal || ' Review Conference'
        when 'INTERNATIONAL_CONFERENCE' then 'International Conference to review the implementation of the Programme of Action'
        when 'WORKING_GROUP_SESSION' then (array['Working group on capacity-building',
                                                 'Working group on threats and confidence-building measures',
                                                 'Working group on international law and norms'])[m.wg]
                                          || ', ' || lower(m.ordinal) || ' session'
        else 'Informal consultations on ' || (array['the template of the National Survey of Implementation',
                                                    'the Points of Contact directory', 'the modalities of stakeholder participation',
                                                    'matching capacity-building needs and offers',
                                                    'the programme of work of the working groups', 'gender and the digital divide',
                                                    'existing and potential threats', 'the application of international law'])[m.topic + 1]
    end,
    venue = case
        when m.format = 'VIRTUAL' then 'Online (virtual platform)'
        when m.type = 'MEETING_OF_STATES' then 'Conference Room 4, United Nations Headquarters'
        when m.type = 'INTERNATIONAL_CONFERENCE' then 'General Assembly Hall, United Nations Headquarters'
        when m.type = 'REVIEW_CONFERENCE' then 'Assembly Hall, Palais des Nations'
        when m.duty_station = 'GENEVA' and m.type = 'WORKING_GROUP_SESSION' then 'Room XVII, Palais des Nations'
        when m.duty_station = 'GENEVA' then 'Room XXIII, Palais des Nations'
        when m.duty_station = 'VIENNA' then 'Board Room D, Vienna International Centre'
        when m.type = 'WORKING_GROUP_SESSION' then 'Conference Room 1, United Nations Headquarters'
        else 'Conference Room 11, United Nations Headquarters' end,
    registration_deadline = case m.status
        when 'ANNOUNCED' then m.start_date - case when m.type = 'REVIEW_CONFERENCE' then 17 else 14 end
        when 'IN_SESSION' then m.start_date - 7 end,
    outcome = case when m.status <> 'CONCLUDED' then null
                   when m.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE', 'INTERNATIONAL_CONFERENCE')
                       then case when m.type = 'MEETING_OF_STATES' and m.y = 2022 then 'CHAIRS_SUMMARY' else 'ADOPTED_BY_CONSENSUS' end
                   when m.type = 'WORKING_GROUP_SESSION' then 'CHAIRS_SUMMARY'
                   when pg_temp.u('ic-outcome:' || m.mk) < 0.6 then 'CHAIRS_SUMMARY' end,
    created_at = (m.start_date - case m.type when 'MEETING_OF_STATES' then 300 when 'REVIEW_CONFERENCE' then 300
                                             when 'INTERNATIONAL_CONFERENCE' then 360 when 'WORKING_GROUP_SESSION' then 120
                                             else 60 end) + time '09:30',
    secretariat = pg_temp.sec(1 + pg_temp.n('meeting-sec:' || m.mk, 20));
update b_meeting m
set outcome_summary = case m.outcome
        when 'ADOPTED_BY_CONSENSUS' then 'The ' || m.title || ' adopted by consensus its final report, which takes stock of '
            || 'the implementation of the framework, welcomes the growing number of voluntary national reports and the '
            || 'communication checks of the Points of Contact directory, and sets out the programme of work until the next meeting.'
        when 'CHAIRS_SUMMARY' then 'The Chair''s summary, issued under the Chair''s own responsibility, records the views '
            || 'expressed by States and stakeholders, areas of convergence on practical cooperation and capacity-building, '
            || 'and divergent views on ' || pg_temp.pick(array['the frequency of meetings', 'the application of international law',
                                                                'the scope of stakeholder participation', 'the need for new norms'],
                                                          'summary:' || m.mk) || '.' end,
    updated_at = case when m.status = 'CONCLUDED' then least(timestamptz '2026-12-06 12:00Z', (m.end_date + 3) + time '15:00')
                      when m.status = 'CANCELLED' then (m.start_date - 20) + time '11:00'
                      when m.status = 'IN_SESSION' then m.start_date + time '08:00'
                      when m.status = 'ANNOUNCED' then least(timestamptz '2026-12-06 12:00Z', m.created_at + interval '30 days')
                      else m.created_at end;

insert into meeting (type, title, start_date, end_date, duty_station, status, format, venue, registration_deadline,
                     outcome, outcome_summary, created_at, created_by, updated_at, updated_by)
select m.type, m.title, pg_temp.d(m.start_date), pg_temp.d(m.end_date), m.duty_station, m.status, m.format, m.venue,
       pg_temp.d(m.registration_deadline), m.outcome, m.outcome_summary, pg_temp.t(m.created_at), m.secretariat,
       pg_temp.t(m.updated_at), m.secretariat
from b_meeting m order by m.mk;
update b_meeting m set meeting_id = x.id from meeting x where x.title = m.title and x.start_date = pg_temp.d(m.start_date);

insert into working_group_session (meeting_id, working_group_id)
select m.meeting_id, w.id
from b_meeting m
join working_group w on w.name = (array['Open-ended working group on capacity-building',
                                        'Working group on existing and potential threats and confidence-building measures',
                                        'Working group on international law and the norms of responsible State behaviour'])[m.wg]
where m.type = 'WORKING_GROUP_SESSION'
order by m.mk;

-- agendas
create temp table b_agenda_template (kind text, position integer, title text, pillars text[]) on commit drop;
insert into b_agenda_template values
('MAJOR', 1, 'Opening of the meeting and election of the President', '{}'),
('MAJOR', 2, 'Adoption of the agenda and organization of work', '{}'),
('MAJOR', 3, 'General exchange of views', '{INSTITUTIONAL_DIALOGUE}'),
('MAJOR', 4, 'Existing and potential threats', '{THREATS}'),
('MAJOR', 5, 'Implementation of the norms, rules and principles of responsible State behaviour', '{NORMS}'),
('MAJOR', 6, 'How international law applies to the use of ICTs by States', '{INTERNATIONAL_LAW}'),
('MAJOR', 7, 'Confidence-building measures, including the global Points of Contact directory', '{CONFIDENCE_BUILDING}'),
('MAJOR', 8, 'Capacity-building, including gender perspectives and the digital divide', '{CAPACITY_BUILDING,GENDER_DIGITAL_DIVIDE}'),
('MAJOR', 9, 'Voluntary national reports: synthesis of the reporting cycle', '{NATIONAL_CONTEXT,NORMS,CAPACITY_BUILDING}'),
('MAJOR', 10, 'Regular institutional dialogue and the participation of stakeholders', '{INSTITUTIONAL_DIALOGUE}'),
('MAJOR', 11, 'Adoption of the final report', '{}'),
('WG1', 1, 'Opening of the session', '{}'),
('WG1', 2, 'Adoption of the agenda', '{}'),
('WG1', 3, 'Matching capacity-building needs and offers', '{CAPACITY_BUILDING}'),
('WG1', 4, 'Women in international cybersecurity: fellowships and training', '{CAPACITY_BUILDING,GENDER_DIGITAL_DIVIDE}'),
('WG1', 5, 'Bridging the digital divide', '{GENDER_DIGITAL_DIVIDE}'),
('WG1', 6, 'Other matters', '{}'),
('WG2', 1, 'Opening of the session', '{}'),
('WG2', 2, 'Adoption of the agenda', '{}'),
('WG2', 3, 'Existing and potential threats: exchange of views', '{THREATS}'),
('WG2', 4, 'Operationalising the Points of Contact directory and its communication checks', '{CONFIDENCE_BUILDING}'),
('WG2', 5, 'Regional confidence-building arrangements', '{CONFIDENCE_BUILDING}'),
('WG2', 6, 'Other matters', '{}'),
('WG3', 1, 'Opening of the session', '{}'),
('WG3', 2, 'Adoption of the agenda', '{}'),
('WG3', 3, 'Application of international law: sovereignty and non-intervention', '{INTERNATIONAL_LAW}'),
('WG3', 4, 'International humanitarian law and ICT operations', '{INTERNATIONAL_LAW}'),
('WG3', 5, 'Implementing the norms: critical infrastructure and supply chains', '{NORMS}'),
('WG3', 6, 'Other matters', '{}'),
('IC', 1, 'Opening of the consultations', '{}'),
('IC', 2, '{topic}', '{}'),
('IC', 3, 'Way forward', '{INSTITUTIONAL_DIALOGUE}');

create temp table b_agenda on commit drop as
select m.mk, m.meeting_id, t.position,
       case when t.title = '{topic}'
            then (array['The template of the National Survey of Implementation', 'The Points of Contact directory',
                        'Modalities of stakeholder participation', 'Matching capacity-building needs and offers',
                        'Programme of work of the working groups', 'Gender and the digital divide',
                        'Existing and potential threats', 'The application of international law'])[m.topic + 1]
            else t.title end as title,
       case when t.title = '{topic}'
            then (array['{NATIONAL_CONTEXT,NORMS}', '{CONFIDENCE_BUILDING}', '{INSTITUTIONAL_DIALOGUE}', '{CAPACITY_BUILDING}',
                        '{INSTITUTIONAL_DIALOGUE}', '{GENDER_DIGITAL_DIVIDE}', '{THREATS}', '{INTERNATIONAL_LAW}'])[m.topic + 1]::text[]
            else t.pillars end as pillars,
       m.created_at + interval '20 days' as created_at, m.secretariat
from b_meeting m
join b_agenda_template t on t.kind = case when m.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE', 'INTERNATIONAL_CONFERENCE') then 'MAJOR'
                                          when m.type = 'WORKING_GROUP_SESSION' then 'WG' || m.wg else 'IC' end
where m.status <> 'PLANNED';

insert into agenda_item (meeting_id, position, title, created_at, created_by, updated_at, updated_by)
select a.meeting_id, a.position, a.title, pg_temp.t(a.created_at), a.secretariat, pg_temp.t(a.created_at), a.secretariat
from b_agenda a order by a.mk, a.position;
alter table b_agenda add column item_id bigint;
update b_agenda a set item_id = i.id from agenda_item i where i.meeting_id = a.meeting_id and i.position = a.position;

insert into agenda_item_pillar (agenda_item_id, pillar)
select a.item_id, p from b_agenda a cross join unnest(a.pillars) p order by a.item_id, p;

-- documents, with their UN document symbols: one series a year for the plenary meetings
-- (A/AC.300/2024/...), one per working group and year (A/AC.300/WG.2/2024/...)
create temp table b_doc on commit drop as
with d as (
    -- provisional agenda and information note, for every meeting announced
    select m.mk, 'PROVISIONAL_AGENDA' as type, 'main' as series_kind, 1 as ord, m.start_date - 30 as issued_on,
           true as public, array['ar', 'zh', 'en', 'fr', 'ru', 'es'] as languages, 2 as item_position,
           'Provisional agenda' as title
    from b_meeting m where m.status <> 'PLANNED'
    union all
    select m.mk, 'NOTE_BY_THE_SECRETARIAT', 'INF', 2, least(m.start_date - 21, (m.created_at + interval '35 days')::date),
           true, array['en', 'fr'], null, 'Information note for participants'
    from b_meeting m where m.status <> 'PLANNED'
    union all
    select m.mk, 'WORKING_PAPER', 'WP', 10 + i, m.start_date - 14 + i, true,
           case when pg_temp.u('wp-lang:' || m.mk || i) < 0.3 then array['en', 'fr', 'es'] else array['en'] end,
           null,
           'Working paper submitted by ' || s1.name_en
               || case when pg_temp.u('wp-co:' || m.mk || i) < 0.5 then ' and ' || s2.name_en else '' end
               || ' on ' || pg_temp.pick(array['elements for a global capacity-building portal',
                                               'a common understanding of critical infrastructure',
                                               'strengthening the Points of Contact directory',
                                               'the application of international humanitarian law to ICT operations',
                                               'gender mainstreaming in capacity-building', 'coordinated vulnerability disclosure',
                                               'the protection of the health sector', 'a template for communication checks',
                                               'reducing reporting fatigue', 'the participation of stakeholders'], 'wp:' || m.mk || i)
    from b_meeting m
    cross join lateral generate_series(1, case when m.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE', 'INTERNATIONAL_CONFERENCE')
                                               then 4 + pg_temp.n('wp-count:' || m.mk, 5)
                                               when m.type = 'WORKING_GROUP_SESSION' then 1 + pg_temp.n('wp-count:' || m.mk, 4)
                                               else pg_temp.n('wp-count:' || m.mk, 3) end) i
    join b_state s1 on s1.k = 1 + pg_temp.n('wp-s1:' || m.mk || i, 195)
    join b_state s2 on s2.k = 1 + pg_temp.n('wp-s2:' || m.mk || i, 195)
    where m.status in ('CONCLUDED', 'IN_SESSION') and s1.k <> s2.k
    union all
    select m.mk, 'CONFERENCE_ROOM_PAPER', 'CRP', 30 + i, m.start_date + i, false, array['en'], null,
           pg_temp.pick(array['Draft final report: compilation of comments by States', 'Draft programme of work',
                              'Chair''s non-paper on the way forward', 'Compilation of proposals on confidence-building measures',
                              'Draft elements for the Chair''s summary'], 'crp:' || m.mk || i)
    from b_meeting m
    cross join lateral generate_series(1, case when m.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE', 'INTERNATIONAL_CONFERENCE')
                                               then 1 + pg_temp.n('crp-count:' || m.mk, 3)
                                               when m.type = 'WORKING_GROUP_SESSION' then pg_temp.n('crp-count:' || m.mk, 2)
                                               else 0 end) i
    where m.status in ('CONCLUDED', 'IN_SESSION')
    union all
    select m.mk, 'STATEMENT', 'MISC', 50 + i, m.start_date, true, array['en'], 3,
           case when i = 1 then 'Statement by the Chair at the opening of the meeting'
                else 'Joint statement on behalf of the ' || (array['African Group', 'Asia-Pacific Group', 'Eastern European Group',
                                                                   'Latin American and Caribbean Group',
                                                                   'Western European and Others Group'])[1 + (i + m.mk) % 5] end
    from b_meeting m
    cross join lateral generate_series(1, 2 + pg_temp.n('misc-count:' || m.mk, 4)) i
    where m.status = 'CONCLUDED' and m.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE', 'INTERNATIONAL_CONFERENCE')
    union all
    select m.mk, case when m.outcome = 'ADOPTED_BY_CONSENSUS' then 'FINAL_REPORT' else 'CHAIRS_SUMMARY' end, 'main', 90,
           m.end_date + 14, true,
           case when m.outcome = 'ADOPTED_BY_CONSENSUS' then array['ar', 'zh', 'en', 'fr', 'ru', 'es'] else array['en', 'fr', 'es'] end,
           null,
           case when m.outcome = 'ADOPTED_BY_CONSENSUS' then 'Final report of the ' || m.title
                else 'Chair''s summary: ' || m.title end
    from b_meeting m where m.outcome is not null and m.end_date + 14 <= date '2026-12-07'
), n as (
    select d.*, m.meeting_id, m.start_date, m.secretariat,
           case when m.type = 'WORKING_GROUP_SESSION' then 'A/AC.300/WG.' || m.wg || '/' else 'A/AC.300/' end
               || extract(year from pg_temp.d(m.start_date))::integer as series
    from d join b_meeting m on m.mk = d.mk
    where d.issued_on <= date '2026-12-07'
)
select n.*,
       n.series || case n.series_kind when 'main' then '/' when 'INF' then '/INF/' when 'WP' then '/WP.' when 'CRP' then '/CRP.'
                                      else '/MISC.' end
           || row_number() over (partition by n.series, n.series_kind order by n.start_date, n.ord) as symbol
from n;

insert into meeting_document (meeting_id, symbol, title, type, agenda_item_id, issued_on, public, created_at, created_by,
                              updated_at, updated_by)
select d.meeting_id, d.symbol, d.title, d.type,
       coalesce((select a.item_id from b_agenda a where a.mk = d.mk and a.position = d.item_position),
                case when d.type = 'WORKING_PAPER'
                     then (select a.item_id from b_agenda a where a.mk = d.mk and a.position >= 3 and cardinality(a.pillars) > 0
                           order by pg_temp.u('wp-item:' || d.symbol || a.position) limit 1) end),
       pg_temp.d(d.issued_on), d.public, pg_temp.d(d.issued_on) + time '09:00', d.secretariat, pg_temp.d(d.issued_on) + time '09:00',
       d.secretariat
from b_doc d order by d.issued_on, d.meeting_id, d.ord, d.symbol;

insert into stored_file (filename, content_type, size_bytes, sha256, content, created_at, created_by)
select f.filename, 'application/pdf', length(f.c), encode(sha256(f.c), 'hex'), f.c, f.at, f.secretariat
from (select replace(d.symbol, '/', '_') || '_' || l || '.pdf' as filename,
             pg_temp.pdf(d.symbol || ' ' || d.title || ' [' || l || ']') as c, pg_temp.d(d.issued_on) + time '09:00' as at,
             d.secretariat, d.symbol, array_position(d.languages, l) as li
      from b_doc d cross join unnest(d.languages) l) f
order by f.at, f.symbol, f.li;

insert into document_file (document_id, language, stored_file_id)
select md.id, l, sf.id
from b_doc d
cross join unnest(d.languages) l
join meeting_document md on md.symbol = d.symbol
join stored_file sf on sf.filename = replace(d.symbol, '/', '_') || '_' || l || '.pdf'
order by md.id, l;

-- registrations: States' delegations (head, alternate, delegates, advisers) and accredited
-- organisations' representatives. The meetings open for registration have registrations only
-- from States 101-195, so that the bench delegates (States 1-100) can register theirs.
create temp table b_reg on commit drop as
with st as (
    select m.mk, m.meeting_id, m.type, m.y, m.status as meeting_status, m.start_date, m.format, m.secretariat,
           s.k, s.id as state_id, null::bigint as org_id, s.iso3 as party, s.iso2, s.ng, s.drafter as submitter,
           s.profile in (2, 4) as advanced
    from b_meeting m
    cross join b_state s
    where (m.status in ('CONCLUDED', 'IN_SESSION')
           and pg_temp.u('reg:' || m.mk || ':' || s.iso3) <
               case m.type when 'MEETING_OF_STATES' then 0.62 + 0.02 * (m.y - 2018) + 0.15 * (s.profile in (2, 4))::integer
                           when 'REVIEW_CONFERENCE' then 0.72 + 0.15 * (s.profile in (2, 4))::integer
                           when 'INTERNATIONAL_CONFERENCE' then 0.7 + 0.15 * (s.profile in (2, 4))::integer
                           when 'WORKING_GROUP_SESSION' then 0.2 + 0.015 * (m.y - 2018) + 0.2 * (s.profile in (2, 4))::integer
                                                             + 0.08 * (m.format = 'VIRTUAL')::integer
                           else 0.16 + 0.14 * (s.profile in (2, 4))::integer + 0.08 * (m.format = 'VIRTUAL')::integer end)
       or (m.status = 'ANNOUNCED' and s.k > 100
           and pg_temp.u('reg:' || m.mk || ':' || s.iso3) < case when m.type = 'REVIEW_CONFERENCE' then 0.5 else 0.3 end)
), org as (
    select m.mk, m.meeting_id, m.type, m.y, m.status, m.start_date, m.format, m.secretariat,
           null::integer, null::bigint, a.org_id, 'org' || a.i, lower(coalesce(s.iso2, 'un')), coalesce(s.ng, 'west'), a.focal,
           false
    from b_meeting m
    cross join b_accredited a
    left join b_state s on s.iso3 = a.country
    where m.status in ('CONCLUDED', 'IN_SESSION', 'ANNOUNCED')
      and a.accredited_at < (m.start_date - 14) + time '00:00'
      and pg_temp.u('org-reg:' || m.mk || ':' || a.i) < case when m.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE',
                                                                            'INTERNATIONAL_CONFERENCE') then 0.22
                                                             when m.type = 'WORKING_GROUP_SESSION' then 0.1 else 0.05 end
), r as (
    select * from st union all select * from org
)
select r.*,
       case when r.meeting_status <> 'ANNOUNCED' then 'APPROVED'
            when pg_temp.u('reg-status:' || r.mk || ':' || r.party) < 0.35 then 'DRAFT'
            when pg_temp.u('reg-status:' || r.mk || ':' || r.party) < 0.65 then 'SUBMITTED'
            when pg_temp.u('reg-status:' || r.mk || ':' || r.party) < 0.75 then 'RETURNED'
            else 'APPROVED' end as status,
       case when r.org_id is not null then 1 + pg_temp.n('reg-size:' || r.mk || ':' || r.party, 2)
            when r.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE', 'INTERNATIONAL_CONFERENCE')
                then 2 + pg_temp.n('reg-size:' || r.mk || ':' || r.party, case when r.advanced then 6 else 4 end)
            when r.type = 'WORKING_GROUP_SESSION'
                then 1 + pg_temp.n('reg-size:' || r.mk || ':' || r.party, case when r.advanced then 3 else 2 end)
            else 1 + pg_temp.n('reg-size:' || r.mk || ':' || r.party, 2) end as size,
       least(timestamptz '2026-12-05 16:00Z',
             (r.start_date - 12 - pg_temp.n('reg-sub:' || r.mk || ':' || r.party, 30))
                 + make_interval(hours => 8 + pg_temp.n('reg-subh:' || r.mk || ':' || r.party, 9))) as submitted_0
from r;
alter table b_reg add column submitted_at timestamptz, add column decided_at timestamptz, add column created_at timestamptz,
    add column note_file text, add column reg_id bigint;
update b_reg r
set submitted_at = case when r.status <> 'DRAFT' then r.submitted_0 end,
    decided_at = case when r.status in ('APPROVED', 'RETURNED')
                      then least(timestamptz '2026-12-06 16:00Z',
                                 r.submitted_0 + make_interval(days => 1 + pg_temp.n('reg-dec:' || r.mk || ':' || r.party, 6))) end,
    created_at = r.submitted_0 - make_interval(days => 1 + pg_temp.n('reg-created:' || r.mk || ':' || r.party, 10)),
    note_file = case when r.state_id is not null and r.status <> 'DRAFT'
                     then 'note-verbale-' || lower(r.party) || '-' || to_char(pg_temp.d(r.start_date), 'YYYYMMDD') || '-' || r.mk || '.pdf' end;

-- notes verbales of the States' delegations
insert into stored_file (filename, content_type, size_bytes, sha256, content, created_at, created_by)
select x.note_file, 'application/pdf', length(x.c), encode(sha256(x.c), 'hex'), x.c, pg_temp.t(x.submitted_at - interval '1 hour'), x.submitter
from (select r.note_file, r.submitted_at, r.submitter, r.mk, r.k,
             pg_temp.pdf('Note verbale of the Permanent Mission of ' || s.name_en || ' - delegation to meeting ' || r.mk) as c
      from b_reg r join b_state s on s.id = r.state_id
      where r.note_file is not null) x
order by x.submitted_at, x.mk, x.k;

insert into delegation_registration (meeting_id, state_id, organisation_id, status, note_verbale_file_id, return_reason,
                                     submitted_at, submitted_by, decided_at, decided_by, created_at, created_by, updated_at, updated_by)
select r.meeting_id, r.state_id, r.org_id, r.status, sf.id,
       case when r.status = 'RETURNED'
            then pg_temp.pick(array['The note verbale names an adviser who is not in the list of participants. Add him or her to the delegation or upload a corrected note verbale.',
                                    'The note verbale is not signed. Please upload the signed version.',
                                    'Please indicate the head of delegation.'], 'return-reg:' || r.mk || r.party) end,
       pg_temp.t(r.submitted_at), case when r.submitted_at is not null then r.submitter end,
       pg_temp.t(r.decided_at), case when r.decided_at is not null then r.secretariat end,
       pg_temp.t(r.created_at), r.submitter, pg_temp.t(coalesce(r.decided_at, r.submitted_at, r.created_at)),
       case when r.decided_at is not null then r.secretariat else r.submitter end
from b_reg r
left join stored_file sf on sf.filename = r.note_file
order by coalesce(r.submitted_at, r.created_at), r.mk, r.party;
update b_reg r set reg_id = d.id from delegation_registration d
where d.meeting_id = r.meeting_id and (d.state_id = r.state_id or d.organisation_id = r.org_id);

insert into participant (registration_id, position, function, given_names, family_name, job_title, email, gender, listed)
select p.reg_id, p.pos, p.function, p.given, p.family, p.job_title,
       case when pg_temp.u('p-mail?' || p.key) < 0.9
            then pg_temp.mailbox(p.given) || '.' || pg_temp.mailbox(p.family)
                 || case when p.org_id is null then '@' || p.iso2 || '-mission.example.org' else '@org' || p.org_id || '.example.org' end end,
       p.gender, pg_temp.u('p-listed:' || p.key) < 0.92
from (
    select r.reg_id, r.org_id, r.iso2, i as pos, r.mk || ':' || r.party || ':' || i as key,
           case when i = 1 then 'HEAD'
                when i = 2 and r.size >= 3 then 'ALTERNATE'
                when i = r.size and r.size >= 4 then 'ADVISER'
                else 'DELEGATE' end as function,
           case when r.org_id is not null then pg_temp.pick(array['Executive Director', 'Policy adviser', 'Senior researcher', 'Head of programmes'],
                                                            'p-job:' || r.mk || r.party || i)
                when i = 1 and r.type in ('MEETING_OF_STATES', 'REVIEW_CONFERENCE', 'INTERNATIONAL_CONFERENCE') then 'Ambassador, Permanent Representative'
                when i = 1 then 'Director, Cybersecurity Policy'
                when i = 2 and r.size >= 3 then 'Deputy Permanent Representative'
                when i = r.size and r.size >= 4 then 'Cybersecurity adviser, Ministry of Foreign Affairs'
                else pg_temp.pick(array['Counsellor, Permanent Mission', 'First Secretary, Permanent Mission', 'Expert, national CERT',
                                        'Legal adviser, Ministry of Foreign Affairs', 'Analyst, National Cybersecurity Agency'],
                                  'p-job:' || r.mk || r.party || i) end as job_title,
           g.woman,
           case when pg_temp.u('p-gender:' || r.mk || r.party || i) < 0.03 then 'NOT_STATED'
                when pg_temp.u('p-gender:' || r.mk || r.party || i) < 0.035 then 'OTHER'
                when g.woman then 'WOMAN' else 'MAN' end as gender,
           pg_temp.given(r.ng, g.woman, 'p:' || r.mk || r.party || i) as given,
           pg_temp.family(r.ng, 'p:' || r.mk || r.party || i) as family
    from b_reg r
    cross join generate_series(1, r.size) i
    cross join lateral (select pg_temp.u('p-woman:' || r.mk || r.party || i) < 0.28 + 0.02 * (r.y - 2017) as woman) g
) p
order by p.reg_id, p.pos;

-- written contributions of accredited organisations
insert into written_contribution (meeting_id, agenda_item_id, organisation_id, title, body, status, decline_reason,
                                  decided_at, decided_by, created_at, created_by, updated_at, updated_by)
select c.meeting_id, c.item_id, c.org_id, c.title, c.body, c.status,
       case when c.status = 'DECLINED' then 'The contribution is outside the scope of the agenda item.' end,
       case when c.status in ('PUBLISHED', 'DECLINED') then pg_temp.t(c.created_at + interval '4 days') end,
       case when c.status in ('PUBLISHED', 'DECLINED') then c.secretariat end,
       pg_temp.t(c.created_at), c.focal,
       pg_temp.t(case when c.status in ('PUBLISHED', 'DECLINED') then c.created_at + interval '4 days'
                      when c.status = 'WITHDRAWN' then c.created_at + interval '2 days' else c.created_at end),
       case when c.status in ('PUBLISHED', 'DECLINED') then c.secretariat else c.focal end
from (
    select m.mk, m.meeting_id, m.secretariat, a.org_id, a.focal, a.i,
           (select b.item_id from b_agenda b where b.mk = m.mk and cardinality(b.pillars) > 0
            order by pg_temp.u('wc-item:' || m.mk || a.i || b.position) limit 1) as item_id,
           pg_temp.pick(array['Peer mentoring for national CERTs', 'Measuring the results of capacity-building',
                              'Fellowships for women from small island developing States',
                              'Protecting the health sector from ransomware', 'A common taxonomy of ICT incidents',
                              'Lessons from regional communication checks', 'Civil society and the review of national reports'],
                        'wc-title:' || m.mk || a.i) as title,
           pg_temp.pick(array['Incident response teams learn fastest from peers. We propose that matches for CERT training pair each requesting team with an experienced team for a year, with a maturity assessment at the start and the end.',
                              'The working group could agree on a small set of indicators (people trained, institutions established, policies adopted) that every delivered match reports, so that the synthesis shows what capacity-building achieved.',
                              'We offer to co-fund fellowships for women officials and ask providers to reserve places for them in their programmes.',
                              'Hospitals remain the most frequent victims of ransomware. We recommend that States designate the health sector as critical infrastructure and share indicators of compromise through their points of contact.'],
                        'wc-body:' || m.mk || a.i) as body,
           case when m.status = 'ANNOUNCED' then 'SUBMITTED'
                when pg_temp.u('wc-status:' || m.mk || a.i) < 0.82 then 'PUBLISHED'
                when pg_temp.u('wc-status:' || m.mk || a.i) < 0.9 then 'DECLINED' else 'WITHDRAWN' end as status,
           least(timestamptz '2026-12-04 10:00Z',
                 (m.start_date - 20 + pg_temp.n('wc-day:' || m.mk || a.i, 15)) + time '10:00') as created_at
    from b_meeting m
    cross join b_accredited a
    where m.status in ('CONCLUDED', 'IN_SESSION', 'ANNOUNCED')
      and m.type <> 'INFORMAL_CONSULTATION'
      and a.accredited_at < (m.start_date - 25) + time '00:00'
      and pg_temp.u('wc:' || m.mk || ':' || a.i) < 0.05
) c
order by c.created_at, c.mk, c.i;

-- ---------------------------------------------------------------------------------------------
-- Capacity-building: about 650 needs, mostly of developing States (some turned from the needs
-- stated in their reports), 350 offers by States, accredited organisations and the secretariat,
-- and the matches the secretariat made between them, at every stage.
-- ---------------------------------------------------------------------------------------------
create temp table b_topic (topic text, pillar text, forms text[], needs text[], offers text[]) on commit drop;
insert into b_topic values
('INTERNATIONAL_LAW', 'INTERNATIONAL_LAW', '{TRAINING,POLICY}',
 '{"Training for legal advisers on international law in cyberspace","Support to draft a national position on international law","Scenario-based workshop on the application of international law"}',
 '{"Course on international law and cyber operations","Expert review of draft national positions on international law","Regional workshop series on international law in cyberspace"}'),
('NORMS', 'NORMS', '{TRAINING,POLICY,TECHNICAL}',
 '{"Implementing the norm on critical infrastructure protection","Guidance on coordinated vulnerability disclosure","Support to implement supply-chain security measures"}',
 '{"Toolkit for implementing the eleven norms","Coordinated vulnerability disclosure programme design","Supply-chain security assessment methodology"}'),
('CONFIDENCE_BUILDING', 'CONFIDENCE_BUILDING', '{TRAINING,TECHNICAL,EQUIPMENT}',
 '{"Setting up a national point of contact for ICT incidents","Participation in regional confidence-building exercises","Secure communication tools for points of contact"}',
 '{"Tabletop exercises for points of contact","Secure communication platform for points of contact","Regional confidence-building workshop"}'),
('INCIDENT_RESPONSE', 'CAPACITY_BUILDING', '{TRAINING,TECHNICAL,EQUIPMENT,FINANCIAL}',
 '{"Establishing a national CERT","Digital forensics training for CERT analysts","Malware analysis capability for the national CSIRT"}',
 '{"CERT twinning programme","Incident handling and digital forensics training","Malware analysis laboratory equipment and training"}'),
('CRITICAL_INFRASTRUCTURE', 'CAPACITY_BUILDING', '{TECHNICAL,TRAINING,POLICY}',
 '{"Inventory of critical information infrastructure","Security of industrial control systems in the energy sector","Resilience of the health sector against ransomware"}',
 '{"Critical infrastructure protection workshop","Industrial control systems security training","Risk assessment methodology for critical sectors"}'),
('POLICY_STRATEGY', 'CAPACITY_BUILDING', '{POLICY,TECHNICAL}',
 '{"Drafting a national cybersecurity strategy","Review of the national cybersecurity strategy","Setting up a national cybersecurity coordination body"}',
 '{"Advice on drafting a national cybersecurity strategy","Peer review of national cybersecurity strategies","Cyber policy fellowship for officials"}'),
('LEGISLATION', 'CAPACITY_BUILDING', '{POLICY,TRAINING}',
 '{"Drafting cybercrime legislation","Data protection law and supervisory authority","Training judges and prosecutors on electronic evidence"}',
 '{"Model cybercrime legislation and drafting support","Judicial training on electronic evidence","Data protection authority twinning"}'),
('SKILLS', 'CAPACITY_BUILDING', '{TRAINING,FINANCIAL}',
 '{"Cybersecurity curriculum for universities","Fellowships for women in cyber diplomacy","Awareness programme for public servants"}',
 '{"Cyber diplomacy fellowship programme","Scholarships for women in cybersecurity","Train-the-trainer cyber hygiene programme"}');

create temp table b_need on commit drop as
with per_state as (
    select s.k, s.id as state_id, s.iso3, s.region, s.lang, s.drafter, s.profile, j
    from b_state s
    cross join lateral generate_series(1, floor(case s.profile when 1 then 5.0 when 3 then 3.4 when 2 then 0.6 else 0.1 end
                                                + pg_temp.u('need-count:' || s.iso3) * 2)::integer) j
), reported as (
    select b.k, b.report_id, a.qid, q.pillar, q.norm, a.text_value, b.submitted_at,
           row_number() over (partition by b.k order by b.submitted_at desc, a.qid) as rn
    from b_report b
    join b_answer a on a.rk = b.rk
    join b_q q on q.qid = a.qid
    where b.status = 'SUBMITTED' and not b.superseded and q.capacity_need and q.type = 'TEXT' and a.variant in (1, 3)
      and b.language = 'en'
)
select ps.*, r.report_id, r.qid, r.pillar as r_pillar, r.norm as r_norm, r.text_value, r.submitted_at,
       ps.iso3 || ':' || ps.j as key
from per_state ps
left join reported r on r.k = ps.k and r.rn = ps.j and pg_temp.u('need-from-report:' || ps.iso3 || ':' || ps.j) < 0.45;

alter table b_need add column topic text, add column pillar text, add column norm text, add column title text,
    add column description text, add column form text, add column created_at timestamptz, add column plan text,
    add column need_id bigint;
update b_need n
set topic = case when n.report_id is not null
                 then case n.r_pillar when 'INTERNATIONAL_LAW' then 'INTERNATIONAL_LAW' when 'NORMS' then 'NORMS'
                                      when 'CONFIDENCE_BUILDING' then 'CONFIDENCE_BUILDING' when 'THREATS' then 'INCIDENT_RESPONSE'
                                      when 'GENDER_DIGITAL_DIVIDE' then 'SKILLS' else 'POLICY_STRATEGY' end
                 else pg_temp.pick(array['INTERNATIONAL_LAW', 'NORMS', 'CONFIDENCE_BUILDING', 'INCIDENT_RESPONSE', 'INCIDENT_RESPONSE',
                                         'CRITICAL_INFRASTRUCTURE', 'POLICY_STRATEGY', 'LEGISLATION', 'SKILLS', 'SKILLS'],
                                   'need-topic:' || n.key) end,
    created_at = case when n.report_id is not null
                      then least(timestamptz '2026-12-05 10:00Z', n.submitted_at + make_interval(days => 5 + pg_temp.n('need-at:' || n.key, 55)))
                      else timestamptz '2018-01-10 09:00Z' + make_interval(days => pg_temp.n('need-at:' || n.key, 3250),
                                                                         hours => pg_temp.n('need-h:' || n.key, 8)) end
                 + make_interval(secs => n.j);
update b_need n
set pillar = coalesce(n.r_pillar, t.pillar),
    norm = case when n.report_id is not null then n.r_norm
                when t.pillar = 'NORMS' then pg_temp.pick('{a,b,c,d,e,f,g,h,i,j,k}', 'need-norm:' || n.key) end,
    title = case when n.report_id is not null
                 then case when length(split_part(n.text_value, '. ', 1)) <= 119 then rtrim(split_part(n.text_value, '. ', 1), '.') || '.'
                           else left(split_part(n.text_value, '. ', 1), 118) || '…' end
                 else pg_temp.pick(t.needs, 'need-title:' || n.key) end,
    description = coalesce(n.text_value,
                           pg_temp.pick(t.needs, 'need-title:' || n.key) || '. '
                           || pg_temp.pick(array['The responsible institution has a small staff and would welcome training and mentoring over two years.',
                                                 'Assistance is sought through a regional programme where possible, to share costs with neighbouring States.',
                                                 'The need was identified in the national strategy and is a priority for the coming budget cycle.',
                                                 'Equipment alone would not be enough: the request covers the training of the staff who will use it.'],
                                           'need-desc:' || n.key)),
    form = pg_temp.pick(t.forms, 'need-form:' || n.key),
    -- what became of it: older needs were more often met or withdrawn
    plan = case when pg_temp.u('need-plan:' || n.key) < 0.1 then 'WITHDRAWN'
                when n.created_at > timestamptz '2026-06-01 00:00Z' then
                    case when pg_temp.u('need-plan2:' || n.key) < 0.2 then 'CONFIRMED' else 'OPEN' end
                else case when pg_temp.u('need-plan2:' || n.key) < 0.40 then 'OPEN'
                          when pg_temp.u('need-plan2:' || n.key) < 0.46 then 'CLOSED_WITHOUT_RESULT'
                          when pg_temp.u('need-plan2:' || n.key) < 0.55 then 'CONFIRMED'
                          when pg_temp.u('need-plan2:' || n.key) < 0.66 then 'AGREED'
                          else 'DELIVERED' end end
from b_topic t
where t.topic = n.topic;
-- the needs of the years kept
delete from b_need where created_at < timestamptz :'since';

insert into capacity_need (state_id, title, description, pillar, norm, topic, form, urgency, region, language,
                           womens_participation, gender_digital_divide, published, status, source_report_id, source_key,
                           created_at, created_by, updated_at, updated_by)
select n.state_id, n.title, n.description, n.pillar, n.norm, n.topic, n.form,
       pg_temp.pick('{LOW,MEDIUM,MEDIUM,HIGH}', 'need-urgency:' || n.key), n.region, n.lang,
       pg_temp.u('need-women:' || n.key) < 0.3,
       pg_temp.u('need-gdd:' || n.key) < case when n.topic = 'SKILLS' then 0.5 else 0.15 end,
       pg_temp.u('need-published:' || n.key) < 0.7,
       case n.plan when 'WITHDRAWN' then 'WITHDRAWN' when 'CONFIRMED' then 'MATCHED' when 'AGREED' then 'MATCHED'
                   when 'DELIVERED' then 'MET' else 'OPEN' end,
       n.report_id, case when n.report_id is not null then 'q' || n.qid end,
       pg_temp.t(n.created_at), n.drafter, pg_temp.t(n.created_at), n.drafter
from b_need n
order by n.created_at, n.k, n.j;
update b_need n set need_id = c.id from capacity_need c where c.state_id = n.state_id and c.created_at = pg_temp.t(n.created_at)
    and c.title = n.title;

-- offers
create temp table b_offer on commit drop as
with o as (
    select 'STATE' as provider, s.id as state_id, null::bigint as org_id, s.drafter as actor, s.iso3 || ':' || j as key,
           s.region as home_region, j
    from b_state s
    cross join lateral generate_series(1, case s.profile when 4 then 3 + pg_temp.n('offer-count:' || s.iso3, 4)
                                                          when 2 then 1 + pg_temp.n('offer-count:' || s.iso3, 3)
                                                          when 3 then pg_temp.n('offer-count:' || s.iso3, 2) else 0 end) j
    union all
    select 'ORGANISATION', null, a.org_id, a.focal, 'org' || a.i || ':' || j, null, j
    from b_accredited a
    cross join lateral generate_series(1, pg_temp.n('offer-count:org' || a.i, 3)) j
    union all
    select 'SECRETARIAT', null, null, pg_temp.sec(1 + j % 20), 'secretariat:' || j, null, j
    from generate_series(1, 30) j
)
select o.*, t.topic, t.pillar, pg_temp.pick(t.offers, 'offer-title:' || o.key) as title, pg_temp.pick(t.forms, 'offer-form:' || o.key) as form,
       timestamptz '2018-01-10 09:00Z' + make_interval(days => pg_temp.n('offer-at:' || o.key, 3230), hours => pg_temp.n('offer-h:' || o.key, 8),
                                                       secs => o.j) as created_at
from o
cross join lateral (select * from b_topic t
                    order by pg_temp.u('offer-topic:' || o.key || t.topic) limit 1) t;
-- an organisation offers once it is accredited
update b_offer o set created_at = greatest(o.created_at, a.accredited_at + make_interval(days => 10 + pg_temp.n('offer-after:' || o.key, 60), secs => o.j))
from b_accredited a where a.org_id = o.org_id;
delete from b_offer where created_at > timestamptz '2026-12-05 00:00Z' or created_at < timestamptz :'since';
alter table b_offer add column offer_id bigint;

insert into capacity_offer (provider, state_id, organisation_id, title, description, pillar, norm, topic, form, region, languages,
                            womens_participation, gender_digital_divide, status, created_at, created_by, updated_at, updated_by)
select o.provider, o.state_id, o.org_id, o.title,
       o.title || '. ' || pg_temp.pick(array['Delivered by experienced practitioners over three to five days, on site or online.',
                                             'Open to officials of any State that requests it through the platform.',
                                             'Funded by the provider; the requesting State provides the venue and participants.',
                                             'Places are reserved for women officials.'], 'offer-desc:' || o.key),
       o.pillar, case when o.pillar = 'NORMS' then pg_temp.pick('{a,b,c,d,e,f,g,h,i,j,k}', 'offer-norm:' || o.key) end,
       o.topic, o.form,
       case when pg_temp.u('offer-region:' || o.key) < 0.5 then null
            else coalesce(o.home_region, pg_temp.pick(array['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN'],
                                                      'offer-region2:' || o.key)) end,
       case when pg_temp.u('offer-lang:' || o.key) < 0.5 then array['en']
            when pg_temp.u('offer-lang:' || o.key) < 0.75 then array['en', 'fr']
            when pg_temp.u('offer-lang:' || o.key) < 0.9 then array['en', 'es']
            else array['ar', 'en', 'fr', 'ru', 'es', 'zh'] end,
       pg_temp.u('offer-women:' || o.key) < 0.3, pg_temp.u('offer-gdd:' || o.key) < 0.2,
       case when pg_temp.u('offer-withdrawn:' || o.key) < 0.12 then 'WITHDRAWN' else 'OPEN' end,
       pg_temp.t(o.created_at), o.actor, pg_temp.t(o.created_at), o.actor
from b_offer o
order by o.created_at, o.key;
update b_offer o set offer_id = c.id from capacity_offer c where c.created_at = pg_temp.t(o.created_at) and c.title = o.title
    and c.provider = o.provider and c.state_id is not distinct from o.state_id and c.organisation_id is not distinct from o.org_id;

-- matches: each need the secretariat matched gets the best-ranked open offer on its topic
insert into capacity_match (need_id, offer_id, status, note, outcome_note, outcome_at, created_at, created_by, updated_at, updated_by)
select x.need_id, x.offer_id, x.plan,
       'The secretariat put the parties in contact; please agree the details directly and report the outcome.',
       case x.plan when 'DELIVERED' then pg_temp.pick(array['Training delivered to 14 officials.',
                                                            'Technical assistance completed; the national CERT is operational.',
                                                            'Workshop held with 25 participants from three ministries.'],
                                                      'match-outcome:' || x.need_id)
                   when 'CLOSED_WITHOUT_RESULT' then 'The parties could not agree on the timing; the need is open again.' end,
       case when x.plan in ('DELIVERED', 'CLOSED_WITHOUT_RESULT') then pg_temp.t(x.outcome_at) end,
       pg_temp.t(x.matched_at), x.secretariat,
       pg_temp.t(case when x.plan in ('DELIVERED', 'CLOSED_WITHOUT_RESULT') then x.outcome_at
                      when x.plan = 'AGREED' then x.matched_at + interval '20 days' else x.matched_at end),
       x.secretariat
from (
    select n.need_id, n.plan, o.offer_id,
           least(timestamptz '2026-12-01 10:00Z', greatest(n.created_at, o.created_at) + make_interval(days => 10 + pg_temp.n('match-at:' || n.key, 120)))
               as matched_at,
           least(timestamptz '2026-12-04 10:00Z', greatest(n.created_at, o.created_at) + make_interval(days => 150 + pg_temp.n('match-out:' || n.key, 200)))
               as outcome_at,
           pg_temp.sec(1 + pg_temp.n('match-sec:' || n.key, 20)) as secretariat
    from b_need n
    cross join lateral (select o.offer_id, o.created_at from b_offer o
                        where o.topic = n.topic and o.created_at < n.created_at + interval '200 days'
                          and o.created_at < timestamptz '2026-11-01 00:00Z'
                          and (o.state_id is null or o.state_id <> n.state_id)
                        order by pg_temp.u('match:' || n.key || ':' || o.key) limit 1) o
    where n.plan in ('CONFIRMED', 'AGREED', 'DELIVERED', 'CLOSED_WITHOUT_RESULT')
) x
order by x.matched_at, x.need_id;

-- needs whose matching found no offer stay open
update capacity_need c set status = 'OPEN'
where c.status in ('MATCHED', 'MET') and not exists (select 1 from capacity_match m where m.need_id = c.id);

-- ---------------------------------------------------------------------------------------------
-- The calendar of other processes the meeting planning avoids
-- ---------------------------------------------------------------------------------------------
insert into external_event (title, process, start_date, end_date, duty_station, uid, created_at, created_by, updated_at, updated_by)
select e.title, e.process, pg_temp.d(e.start_date), pg_temp.d(e.end_date), e.duty_station, e.uid,
       pg_temp.t(timestamptz '2017-01-16 09:00Z'), 'bench.secretariat.01', pg_temp.t(timestamptz '2017-01-16 09:00Z'),
       'bench.secretariat.01'
from (
    -- the year in a title is that of the dates written; the identifiers keep those of the reference day
    select 'General Assembly, First Committee ('
               || extract(year from pg_temp.d(pg_temp.monday(make_date(y, 10, 1))))::integer || ')' as title,
           'UNGA_FIRST_COMMITTEE' as process,
           pg_temp.monday(make_date(y, 10, 1)) as start_date, pg_temp.monday(make_date(y, 10, 1)) + 32 as end_date,
           'NEW_YORK' as duty_station, 'bench-first-committee-' || y as uid
    from generate_series(2017, 2027) y
    union all
    select 'General Assembly, high-level week (' || extract(year from pg_temp.d(pg_temp.monday(make_date(y, 9, 18))))::integer || ')',
           'UNGA_HIGH_LEVEL_WEEK',
           pg_temp.monday(make_date(y, 9, 18)), pg_temp.monday(make_date(y, 9, 18)) + 6, null, 'bench-high-level-week-' || y
    from generate_series(2017, 2027) y
    union all
    select v.title, 'NPT', v.s, v.e, v.d, 'bench-npt-' || v.s
    from (values ('NPT Preparatory Committee, first session', date '2017-05-02', date '2017-05-12', 'VIENNA'),
                 ('NPT Preparatory Committee, second session', date '2018-04-23', date '2018-05-04', 'GENEVA'),
                 ('NPT Preparatory Committee, third session', date '2019-04-29', date '2019-05-10', 'NEW_YORK'),
                 ('NPT Review Conference', date '2022-08-01', date '2022-08-26', 'NEW_YORK'),
                 ('NPT Preparatory Committee, first session', date '2023-07-31', date '2023-08-11', 'VIENNA'),
                 ('NPT Preparatory Committee, second session', date '2024-07-22', date '2024-08-02', 'GENEVA'),
                 ('NPT Preparatory Committee, third session', date '2025-04-28', date '2025-05-09', 'NEW_YORK'),
                 ('NPT Review Conference', date '2026-04-27', date '2026-05-22', 'NEW_YORK')) v(title, s, e, d)
) e
where e.end_date >= date :'since'
order by e.start_date, e.uid;

-- ---------------------------------------------------------------------------------------------
-- Checks: the identifiers mapped back to the generated rows are all found, once each.
-- ---------------------------------------------------------------------------------------------
do $$
begin
    if exists (select 1 from b_report where report_id is null)
       or (select count(distinct report_id) from b_report) <> (select count(*) from b_report) then
        raise exception 'large-dataset.sql: reports not mapped';
    end if;
    if exists (select 1 from b_poc where contact_id is null)
       or (select count(distinct contact_id) from b_poc) <> (select count(*) from b_poc) then
        raise exception 'large-dataset.sql: contacts not mapped';
    end if;
    if exists (select 1 from b_need where need_id is null)
       or (select count(distinct need_id) from b_need) <> (select count(*) from b_need) then
        raise exception 'large-dataset.sql: needs not mapped';
    end if;
    if exists (select 1 from b_offer where offer_id is null)
       or (select count(distinct offer_id) from b_offer) <> (select count(*) from b_offer) then
        raise exception 'large-dataset.sql: offers not mapped';
    end if;
    if exists (select 1 from b_reg where reg_id is null) or exists (select 1 from b_app where app_id is null)
       or exists (select 1 from b_meeting where meeting_id is null) or exists (select 1 from b_org where org_id is null) then
        raise exception 'large-dataset.sql: registrations, applications, meetings or organisations not mapped';
    end if;
    -- every bench delegate's State has a draft in the open cycle
    if (select count(*) from national_report r join state s on s.id = r.state_id
        join user_account u on u.state_id = s.id and u.username like 'bench.delegate.%'
        join b_cycle c on c.id = r.cycle_id and c.n = 10
        where r.status = 'DRAFT') <> 100 then
        raise exception 'large-dataset.sql: the bench delegates'' drafts are missing';
    end if;
end
$$;

-- the open cycle, for the summary
select id as open_cycle from b_cycle where n = 10 \gset

commit;

-- fresh statistics for the planner (the tables this script filled)
analyze user_account, second_factor, point_of_contact, contact_event, communication_check, check_message,
        reporting_cycle, national_report, report_answer, report_section, report_event, cycle_reminder,
        organisation, accreditation_application, accreditation_objection, accreditation_event,
        meeting, working_group, working_group_session, agenda_item, agenda_item_pillar, meeting_document, document_file,
        stored_file, delegation_registration, participant, written_contribution,
        capacity_need, capacity_offer, capacity_match, external_event, audit_log;

-- ---------------------------------------------------------------------------------------------
-- Summary
-- ---------------------------------------------------------------------------------------------
\echo
\echo 'large-dataset.sql: generated with seed' :seed', today' :today', years' :years', secretariat accounts' :secretariat_accounts
select what, rows from (
select 1 as n, 'states' as what, count(*) as rows from state
union all select 2, 'user accounts', count(*) from user_account
union all select 3, '  with two-step sign-in', count(*) from second_factor
union all select 4, 'points of contact', count(*) from point_of_contact
union all select 5, '  stale (not confirmed for a year, active)', count(*) from point_of_contact
          where status <> 'INACTIVE' and last_confirmed_at < pg_temp.t(timestamptz '2026-12-07 00:00Z') - interval '365 days'
union all select 6, 'contact events', count(*) from contact_event
union all select 7, 'communication checks', count(*) from communication_check
union all select 8, 'check messages', count(*) from check_message
union all select 9, '  acknowledged', count(*) from check_message where status = 'ACKNOWLEDGED'
union all select 10, 'reporting cycles', count(*) from reporting_cycle
union all select 11, 'national reports (State x cycle)', count(distinct (state_id, cycle_id)) from national_report
union all select 12, 'report versions', count(*) from national_report
union all select 13, '  submitted, current', count(*) from national_report where status = 'SUBMITTED' and not superseded
union all select 14, '  superseded', count(*) from national_report where superseded
union all select 15, '  drafts / in review', count(*) from national_report where status <> 'SUBMITTED'
union all select 16, '  public, submitted, current', count(*) from national_report where status = 'SUBMITTED' and not superseded and visibility = 'PUBLIC'
union all select 17, 'report answers', count(*) from report_answer
union all select 18, 'report sections', count(*) from report_section
union all select 19, 'report events', count(*) from report_event
union all select 20, 'cycle reminders', count(*) from cycle_reminder
union all select 21, 'meetings', count(*) from meeting
union all select 22, 'agenda items', count(*) from agenda_item
union all select 23, 'meeting documents', count(*) from meeting_document
union all select 24, 'document files', count(*) from document_file
union all select 25, 'delegation registrations', count(*) from delegation_registration
union all select 26, 'participants', count(*) from participant
union all select 27, 'written contributions', count(*) from written_contribution
union all select 28, 'organisations', count(*) from organisation
union all select 29, '  accredited', count(distinct organisation_id) from accreditation_application where status = 'ACCREDITED'
union all select 30, 'accreditation applications', count(*) from accreditation_application
union all select 31, 'capacity needs', count(*) from capacity_need
union all select 32, 'capacity offers', count(*) from capacity_offer
union all select 33, 'capacity matches', count(*) from capacity_match
union all select 34, 'stored files', count(*) from stored_file
union all select 35, 'audit log entries', count(*) from audit_log
) x order by n;

\echo 'Identifiers for the load test:'
select 'open cycle' as what, c.id::text as id, c.title || ', ' || c.opens_on || ' to ' || c.deadline as detail
from reporting_cycle c where c.id = :open_cycle
union all
select 'draft of bench.delegate.001', r.id::text, '/reports/' || r.id || '/edit (' || s.name_en || ')'
from national_report r join user_account u on u.state_id = r.state_id and u.username = 'bench.delegate.001'
join state s on s.id = r.state_id
join reporting_cycle c on c.id = r.cycle_id and c.id = :open_cycle
union all
select 'drafts of bench.delegate.001-100', min(r.id)::text || '..' || max(r.id)::text, count(*) || ' drafts'
from national_report r join user_account u on u.state_id = r.state_id and u.username like 'bench.delegate.%'
join reporting_cycle c on c.id = r.cycle_id and c.id = :open_cycle
union all
select * from (select 'a public report', r.id::text, '/reports/' || r.id || ' (' || r.title || ')'
               from national_report r where r.status = 'SUBMITTED' and not r.superseded and r.visibility = 'PUBLIC'
               order by r.id limit 1) p
union all
select 'meeting open for registration', m.id::text,
       '/meetings/' || m.id || '/registration (' || m.title || ', ' || m.start_date || ', registration until ' || m.registration_deadline || ')'
from meeting m where m.status = 'ANNOUNCED' and m.registration_deadline is not null
order by 1, 2;
