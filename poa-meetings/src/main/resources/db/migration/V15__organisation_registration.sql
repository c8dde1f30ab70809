-- Accredited organisations register their representatives for meetings through the same
-- registration as States' delegations: a registration is a State's or an organisation's.
alter table delegation_registration alter column state_id drop not null;
alter table delegation_registration add column organisation_id bigint references organisation (id);
alter table delegation_registration add constraint delegation_registration_party
    check ((state_id is null) <> (organisation_id is null));
alter table delegation_registration add constraint delegation_registration_organisation_unique
    unique (meeting_id, organisation_id);
create index delegation_registration_organisation_idx on delegation_registration (organisation_id);
