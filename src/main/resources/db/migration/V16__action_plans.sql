-- The plan's year: action plans of activities serving a plan's goals, the status reports that say
-- whether the work is being done, and the status rounds in which owners report from a personal link.
-- A plan is named by its id (goal_plan.id) and a goal by its id within the plan; neither is a
-- foreign key, because a plan's goals live in its document and an action plan outlives a re-import.

create table action_plan (
  id          bigint        primary key,
  plan_id     varchar(80)   not null,
  title       varchar(200)  not null,
  starts_on   date          not null,
  ends_on     date          not null,
  created_at  timestamp     not null,
  constraint action_plan_title unique (plan_id, title),
  constraint action_plan_period check (starts_on <= ends_on)
);

-- An activity; owner_* are null until staff name an owner (activities read from a plan file's
-- measures start so). position orders the activities of an action plan.
create table action_activity (
  id              bigint         primary key,
  action_plan_id  bigint         not null references action_plan (id),
  position        integer        not null,
  title           varchar(500)   not null,
  description     varchar(4000)  not null,
  owner_name      varchar(200),
  owner_unit      varchar(200),
  owner_email     varchar(320),
  partners        varchar(1000)  not null,
  starts_on       date,
  ends_on         date,
  created_at      timestamp      not null,
  updated_at      timestamp      not null,
  constraint activity_period check (starts_on is null or ends_on is null or starts_on <= ends_on),
  constraint activity_owner check ((owner_name is null) = (owner_email is null))
);
create index activity_action_plan on action_activity (action_plan_id);
create index activity_owner_email on action_activity (owner_email);

-- The goals of the plan an activity serves, by goal id.
create table action_activity_goal (
  activity_id  bigint       not null references action_activity (id),
  goal_id      varchar(80)  not null,
  primary key (activity_id, goal_id)
);

-- Where an activity came from: a meeting, or a follow-up point of a meeting's minutes.
create table action_activity_origin (
  activity_id   bigint  not null references action_activity (id),
  meeting_id    bigint  references meeting (id),
  follow_up_id  bigint  references meeting_follow_up (id),
  constraint origin_names_one check ((meeting_id is null) <> (follow_up_id is null))
);
create index origin_activity on action_activity_origin (activity_id);

-- A status round ("Desember 2026"): owners are asked to report by report_by.
create table action_status_round (
  id              bigint        primary key,
  action_plan_id  bigint        not null references action_plan (id),
  title           varchar(200)  not null,
  report_by       date          not null,
  opened_at       timestamp     not null,
  opened_by       varchar(200)  not null,
  closed_at       timestamp
);
create index round_action_plan on action_status_round (action_plan_id);

-- One owner asked in a round, with the SHA-256 of their personal link's token (never the token).
create table action_round_owner (
  id             bigint        primary key,
  round_id       bigint        not null references action_status_round (id),
  owner_email    varchar(320)  not null,
  owner_name     varchar(200)  not null,
  token_hash     char(64)      not null,
  invited_at     timestamp,
  reminded_at    timestamp,
  reminders      integer       not null default 0,
  constraint round_owner_once unique (round_id, owner_email),
  constraint round_owner_token unique (token_hash)
);

-- The history of an activity's status; the latest report (by reported_at) is its status. A yellow
-- or red report must say why (cause) and what to do (recommended_action).
create table action_status_report (
  id                  bigint         primary key,
  activity_id         bigint         not null references action_activity (id),
  round_id            bigint         references action_status_round (id),
  status              varchar(10)    not null,
  cause               varchar(2000),
  recommended_action  varchar(2000),
  note                varchar(2000),
  reporter            varchar(200)   not null,
  reported_at         timestamp      not null,
  constraint report_status check (status in ('GREEN', 'YELLOW', 'RED', 'DONE', 'CANCELLED')),
  constraint report_deviation_explained check (
    status not in ('YELLOW', 'RED') or (cause is not null and recommended_action is not null))
);
create index report_activity on action_status_report (activity_id, reported_at);
