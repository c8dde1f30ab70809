-- Demo calendar of other disarmament and international-security processes (demo profile only),
-- 2027 to 2036, with deliberate clashes: the NPT Preparatory Committee of 2028 sits on the first
-- meeting of States' default dates, the UNGA high-level week and the First Committee every autumn.
-- Runs once: when the demo events exist, nothing is added.

insert into external_event (title, process, start_date, end_date, duty_station, uid, created_by, updated_by)
select v.title || ' ' || y, v.process,
       make_date(y, v.start_month, v.start_day), make_date(y, v.end_month, v.end_day),
       v.station, 'demo-' || v.code || '-' || y, 'demo', 'demo'
from generate_series(2027, 2036) as y
cross join (values
    ('cd1', 'Conference on Disarmament, first part', 'CONFERENCE_ON_DISARMAMENT', 1, 22, 3, 27, 'GENEVA'),
    ('cd2', 'Conference on Disarmament, second part', 'CONFERENCE_ON_DISARMAMENT', 5, 13, 6, 26, 'GENEVA'),
    ('cd3', 'Conference on Disarmament, third part', 'CONFERENCE_ON_DISARMAMENT', 7, 29, 9, 13, 'GENEVA'),
    ('hlw', 'UNGA high-level week', 'UNGA_HIGH_LEVEL_WEEK', 9, 21, 9, 27, null),
    ('fc', 'UNGA First Committee', 'UNGA_FIRST_COMMITTEE', 10, 5, 11, 6, 'NEW_YORK'),
    ('bwc', 'BWC Meetings of Experts', 'BWC', 8, 16, 8, 20, 'GENEVA'),
    ('ccw', 'CCW Meeting of High Contracting Parties', 'CCW', 11, 15, 11, 19, 'GENEVA'),
    ('att', 'ATT Conference of States Parties', 'ATT', 8, 23, 8, 27, 'GENEVA'),
    ('xmas', 'UN holiday: Christmas', 'UN_HOLIDAY', 12, 25, 12, 25, null)
) as v(code, title, process, start_month, start_day, end_month, end_day, station)
where not exists (select 1 from external_event e where e.created_by = 'demo');

insert into external_event (title, process, start_date, end_date, duty_station, uid, created_by, updated_by)
select v.title, v.process, v.start_date, v.end_date, v.station, v.uid, 'demo', 'demo'
from (values
    ('NPT Preparatory Committee, second session', 'NPT', date '2028-05-29', date '2028-06-09', 'NEW_YORK', 'demo-npt-2028'),
    ('NPT Review Conference', 'NPT', date '2030-04-27', date '2030-05-22', 'NEW_YORK', 'demo-npt-2030'),
    ('Small arms: Review Conference of the Programme of Action', 'SMALL_ARMS', date '2030-06-15', date '2030-06-26',
     'NEW_YORK', 'demo-salw-2030'),
    ('BWC Tenth Review Conference', 'BWC', date '2032-11-22', date '2032-12-10', 'GENEVA', 'demo-bwc-2032')
) as v(title, process, start_date, end_date, station, uid)
where not exists (select 1 from external_event e where e.uid = v.uid);
