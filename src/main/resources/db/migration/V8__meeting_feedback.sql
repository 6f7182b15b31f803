-- The short feedback survey after a meeting goes to the people who attended, not to businesses of
-- the register: an invitation now names either a business or a meeting registration. A person's
-- invitation has no stratum. As for businesses, the invitation records whether the person
-- answered, never what: the response table still holds nothing that leads back here.
alter table invitation alter column business_id drop not null;
alter table invitation alter column industry drop not null;
alter table invitation alter column size_class drop not null;
alter table invitation add column registration_id bigint references meeting_registration (id);
alter table invitation add constraint invitation_addressee
  check ((business_id is null) <> (registration_id is null));
create unique index invitation_registration_once on invitation (cycle_id, registration_id);
