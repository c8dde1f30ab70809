-- An organisation's focal point signs it up and manages the accounts of its representatives.
alter table user_account add column focal_point boolean not null default false;
alter table user_account add constraint user_account_focal_point check (focal_point = false or role = 'STAKEHOLDER');
