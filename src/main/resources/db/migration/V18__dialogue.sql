-- Following up the dialogue with businesses (issue 16): follow-up points that name a goal of a
-- plan, minutes mailed to those who attended, participants from outside the business register,
-- and forums that say how often they meet and which goals they serve. Runs unchanged on
-- PostgreSQL and on H2 in PostgreSQL mode.

-- A follow-up point names the goal it serves by the plan's id and the goal's id, picked from the
-- plan's goals and checked against them when written (MinutesService), instead of the free text
-- goal_ref "<plan id>/<goal id>" that nothing checked.
alter table meeting_follow_up add column plan_id varchar(80);
alter table meeting_follow_up add column goal_id varchar(200);

-- Existing goal_ref values become links where they parse as "<plan id>/<goal id>" and match: a
-- stored plan has that id, and its document names a goal with that id (a YAML line "id: <goal>",
-- bare or quoted, or JSON "id": "<goal>"). SQL cannot read the plan file itself, so an indicator
-- with the same id as the goal would also match; plan files rarely do that, and a link to a goal
-- a plan does not name is shown as such, as after a plan is replaced without the goal. Every
-- other value (no slash, no such plan, no such goal, characters no id has) leaves plan_id and
-- goal_id null. goal_ref keeps what was written, for the record; it is not written any more.
update meeting_follow_up
   set plan_id = trim(substring(goal_ref from 1 for position('/' in goal_ref) - 1)),
       goal_id = trim(substring(goal_ref from position('/' in goal_ref) + 1))
 where goal_ref is not null
   and position('/' in goal_ref) between 2 and 81;

update meeting_follow_up
   set plan_id = null, goal_id = null
 where plan_id is not null
   and (goal_id = ''
        or goal_id like '%/%'
        or goal_id like '% %'
        or goal_id like '%!%%' escape '!'
        or goal_id like '%!_%' escape '!'
        or not exists (
          select 1 from goal_plan g
            join goal_plan_version p on p.plan_id = g.id and p.version_number = g.latest_version
           where g.id = meeting_follow_up.plan_id
             and (p.document like '%id: ' || meeting_follow_up.goal_id || chr(10) || '%'
                  or p.document like '%id: ' || meeting_follow_up.goal_id || chr(13) || '%'
                  or p.document like '%id: ' || meeting_follow_up.goal_id
                  or p.document like '%id: "' || meeting_follow_up.goal_id || '"%'
                  or p.document like '%id: ''' || meeting_follow_up.goal_id || '''%'
                  or p.document like '%"id": "' || meeting_follow_up.goal_id || '"%'
                  or p.document like '%"id":"' || meeting_follow_up.goal_id || '"%')));

alter table meeting_follow_up add constraint follow_up_goal_whole
  check ((plan_id is null and goal_id is null) or (plan_id is not null and goal_id is not null));
create index follow_up_open on meeting_follow_up (status, due_on);
create index follow_up_goal on meeting_follow_up (plan_id, goal_id);

-- Who a participant is: a business (with an org number from the register, as before), a public
-- body (another municipality, the county, NAV), an elected politician, or an organisation (NHO,
-- LO, a business council). Only businesses need an org number; only businesses count in a
-- business's engagement and in "businesses taking part".
alter table meeting_registration
  add column participant_kind varchar(12) not null default 'BUSINESS';
alter table meeting_registration add constraint registration_participant_kind
  check (participant_kind in ('BUSINESS', 'PUBLIC_BODY', 'POLITICIAN', 'ORGANISATION'));
alter table meeting_registration_request
  add column participant_kind varchar(12) not null default 'BUSINESS';

-- People outside the business register invited to a meeting, by e-mail address (lower case):
-- politicians, NHO and LO, other public bodies. A meeting by invitation lets them register with
-- the address they were invited at.
create table meeting_guest_invitation (
  meeting_id       bigint       not null references meeting (id),
  email            varchar(254) not null,
  name             varchar(200) not null,
  organisation     varchar(200),
  participant_kind varchar(12)  not null,
  invited_at       timestamp    not null,
  primary key (meeting_id, email),
  constraint guest_participant_kind
    check (participant_kind in ('PUBLIC_BODY', 'POLITICIAN', 'ORGANISATION'))
);

-- How often a forum must meet (Stenungsund: a round-table talk every year), in months; null when
-- the forum has no such rule.
alter table meeting_forum add column meets_every_months integer;
alter table meeting_forum add constraint forum_meets_every
  check (meets_every_months is null or meets_every_months between 1 and 60);

-- The goals of the business plans a forum serves, picked like a follow-up's goal.
create table meeting_forum_goal (
  forum_id bigint       not null references meeting_forum (id),
  plan_id  varchar(80)  not null,
  goal_id  varchar(200) not null,
  primary key (forum_id, plan_id, goal_id)
);
