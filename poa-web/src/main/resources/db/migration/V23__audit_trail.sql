-- The audit trail: every change to accounts, contacts, reports, meetings, registrations and
-- accreditation, recorded by the database itself, so that no way of writing (an entity, a bulk
-- update, plain JDBC, a migration) escapes it. Who made the change comes from the setting
-- poa.actor, which the application sets on each connection it takes from the pool.
create table audit_log (
    id          bigint generated always as identity primary key,
    changed_at  timestamptz  not null default clock_timestamp(),
    -- the signed-in username; null for the platform itself (scheduled work, migrations)
    changed_by  varchar(200),
    table_name  varchar(63)  not null,
    row_id      bigint,
    action      varchar(6)   not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
    -- an update: only the columns that changed, as they were and as they became;
    -- an insert or a delete: the whole row after or before
    before      jsonb,
    after       jsonb
);

create index audit_log_newest on audit_log (changed_at desc, id desc);
create index audit_log_row on audit_log (table_name, row_id, changed_at desc);
create index audit_log_person on audit_log (lower(changed_by), changed_at desc);

-- A row as the trail shows it: bookkeeping columns left out, secrets masked.
create function audit_visible(record jsonb) returns jsonb
    language sql immutable as $$
    select (record - array ['version', 'created_at', 'created_by', 'updated_at', 'updated_by',
                            'last_sign_in_at', 'password_hash', 'secret', 'last_used_step'])
           || case when record ? 'password_hash' and record ->> 'password_hash' is not null
                   then jsonb_build_object('password_hash', '***'::text) else '{}' end
           || case when record ? 'secret' then jsonb_build_object('secret', '***'::text) else '{}' end
$$;

create function audit_change() returns trigger
    language plpgsql as $$
declare
    old_row jsonb := case when tg_op <> 'INSERT' then audit_visible(to_jsonb(old)) end;
    new_row jsonb := case when tg_op <> 'DELETE' then audit_visible(to_jsonb(new)) end;
    before  jsonb := '{}';
    after   jsonb := '{}';
    column_name text;
begin
    if tg_op = 'UPDATE' then
        for column_name in select jsonb_object_keys(new_row || old_row) loop
            if new_row -> column_name is distinct from old_row -> column_name then
                before := before || jsonb_build_object(column_name, old_row -> column_name);
                after := after || jsonb_build_object(column_name, new_row -> column_name);
            end if;
        end loop;
        -- a changed password shows as changed, never as a hash
        if (to_jsonb(new) ->> 'password_hash') is distinct from (to_jsonb(old) ->> 'password_hash') then
            before := before || jsonb_build_object('password_hash', '***'::text);
            after := after || jsonb_build_object('password_hash', '*** (new)'::text);
        end if;
        if after = '{}' then
            -- only bookkeeping changed, such as the time of the last sign-in
            return null;
        end if;
    elsif tg_op = 'INSERT' then
        before := null;
        after := new_row;
    else
        before := old_row;
        after := null;
    end if;
    insert into audit_log (changed_by, table_name, row_id, action, before, after)
    values (nullif(current_setting('poa.actor', true), ''), tg_table_name,
            (coalesce(to_jsonb(new), to_jsonb(old)) ->> coalesce(tg_argv[0], 'id'))::bigint, tg_op, before, after);
    return null;
end
$$;

-- Nobody edits the trail, the application included.
create function audit_log_is_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed or deleted';
end
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

create trigger audit_user_account after insert or update or delete on user_account
    for each row execute function audit_change();
create trigger audit_second_factor after insert or update or delete on second_factor
    for each row execute function audit_change('user_account_id');
create trigger audit_organisation after insert or update or delete on organisation
    for each row execute function audit_change();
create trigger audit_point_of_contact after insert or update or delete on point_of_contact
    for each row execute function audit_change();
create trigger audit_national_report after insert or update or delete on national_report
    for each row execute function audit_change();
create trigger audit_report_answer after insert or update or delete on report_answer
    for each row execute function audit_change('report_id');
create trigger audit_reporting_cycle after insert or update or delete on reporting_cycle
    for each row execute function audit_change();
create trigger audit_meeting after insert or update or delete on meeting
    for each row execute function audit_change();
create trigger audit_meeting_document after insert or update or delete on meeting_document
    for each row execute function audit_change('meeting_id');
create trigger audit_delegation_registration after insert or update or delete on delegation_registration
    for each row execute function audit_change();
create trigger audit_participant after insert or update or delete on participant
    for each row execute function audit_change('registration_id');
create trigger audit_accreditation_application after insert or update or delete on accreditation_application
    for each row execute function audit_change();
create trigger audit_accreditation_objection after insert or update or delete on accreditation_objection
    for each row execute function audit_change('application_id');
