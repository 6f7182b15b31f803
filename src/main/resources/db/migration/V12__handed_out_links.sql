-- Links handed to staff for a mail merge (POST /api/cycles/{id}/links) are marked, because staff
-- can open them. Such a link opens only a draft saved through itself, never the one a business
-- saved through a link Barometer mailed, and an answer given through it is recorded on the
-- invitation (never on the anonymous response), so that anyone can see how many answers came
-- through links that staff held.
alter table invitation_token add column handed_out boolean not null default false;
alter table invitation add column through_handout boolean not null default false;

-- A draft belongs to an invitation and to the kind of link it was saved through: 'mailed' for
-- every link Barometer mailed, or the token hash of the handed-out link.
create table response_draft_by_link (
  invitation_id bigint      not null references invitation (id),
  saved_through varchar(64) not null,
  answers       text        not null,
  saved_at      timestamp   not null,
  primary key (invitation_id, saved_through)
);
insert into response_draft_by_link (invitation_id, saved_through, answers, saved_at)
  select invitation_id, 'mailed', answers, saved_at from response_draft;
drop table response_draft;
alter table response_draft_by_link rename to response_draft;
