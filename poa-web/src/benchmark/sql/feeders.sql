-- The load test's feeders, read from the database it runs against (psql -v out=DIRECTORY):
-- who signs in, and which reports, meetings, cycles and names the journeys ask for.

-- the approvers of the dataset, each with the open cycle
\o :out/delegates.csv
copy (select u.username, c.id as cycle from user_account u cross join reporting_cycle c where u.role = 'DELEGATE' and u.approver and u.enabled and u.username like 'bench.%' and current_date between c.opens_on and c.deadline order by u.username) to stdout with csv header;
\o :out/secretariat.csv
copy (select username from user_account where role = 'SECRETARIAT' and enabled and username like 'bench.%' order by username) to stdout with csv header;
\o :out/public-reports.csv
copy (select id as report from national_report where visibility = 'PUBLIC' and status = 'SUBMITTED' order by id) to stdout with csv header;
-- meetings whose registration is open
\o :out/meetings.csv
copy (select id as meeting from meeting where registration_deadline >= current_date and status in ('ANNOUNCED', 'IN_SESSION') order by id) to stdout with csv header;
\o :out/cycles.csv
copy (select id as cycle from reporting_cycle where opens_on <= current_date order by opens_on desc limit 3) to stdout with csv header;
-- what people type in the directory's search: the start of contacts' names
\o :out/searches.csv
copy (select distinct lower(left(full_name, 4)) as search from point_of_contact where full_name ~ '^[A-Za-z]{4}' order by 1 limit 200) to stdout with csv header;
\o
