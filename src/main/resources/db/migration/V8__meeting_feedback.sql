-- The short feedback survey after a meeting asks the people who came, not businesses of the
-- register. So that nobody's answers can be traced to them, not even through the database, their
-- invitations name nobody: an invitation may now have no business (and so no stratum). Who was
-- mailed a link is kept apart, in meeting_feedback_mail, with nothing that says which of the
-- cycle's invitations, and so which link, was theirs (the links of a sending are dealt out in a
-- random order and the sending has one time).
alter table invitation alter column business_id drop not null;
alter table invitation alter column industry drop not null;
alter table invitation alter column size_class drop not null;

create table meeting_feedback_mail (
  cycle_id        bigint    not null references survey_cycle (id),
  registration_id bigint    not null references meeting_registration (id),
  sent_at         timestamp not null,
  primary key (cycle_id, registration_id)
);
