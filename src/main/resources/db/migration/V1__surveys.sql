-- Surveys, their cycles, the business register, invitations and anonymous responses.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- EclipseLink reads a block of 50 ids as the 50 values up to the one it fetched, so the first
-- value must be at least 50.
create sequence id_seq start with 50 increment by 50;

create table survey (
  id             bigint       primary key,
  code           varchar(60)  not null unique,
  name           varchar(200) not null,
  template_code  varchar(60)  not null,
  min_group_size integer      not null default 7,
  created_at     timestamp    not null
);

-- A cycle freezes the exact template text it was created with (template_text), so editing a
-- template file never changes a running or closed cycle.
create table survey_cycle (
  id               bigint       primary key,
  survey_id        bigint       not null references survey (id),
  label            varchar(40)  not null,
  status           varchar(10)  not null,
  opens_on         date,
  closes_on        date,
  template_code    varchar(60)  not null,
  template_version integer      not null,
  template_text    text         not null,
  population_size  integer,
  opened_at        timestamp,
  closed_at        timestamp,
  version          bigint       not null default 0,
  constraint survey_cycle_label unique (survey_id, label),
  constraint survey_cycle_status check (status in ('DRAFT', 'OPEN', 'CLOSED'))
);

-- Population counts per stratum (industry section x size class), for stratified estimates.
create table cycle_stratum (
  cycle_id    bigint      not null references survey_cycle (id),
  industry    varchar(1)  not null,
  size_class  varchar(10) not null,
  population  integer     not null check (population > 0),
  primary key (cycle_id, industry, size_class)
);

create table business (
  id          bigint       primary key,
  org_number  varchar(10)  not null unique,
  name        varchar(200) not null,
  email       varchar(254) not null,
  nace        varchar(10)  not null,
  employees   integer      not null,
  updated_at  timestamp    not null
);

-- One per business and cycle. It records that the business answered, never what or when.
-- industry and size_class are the business's stratum when invited, for response rates.
create table invitation (
  id               bigint      primary key,
  cycle_id         bigint      not null references survey_cycle (id),
  business_id      bigint      not null references business (id),
  industry         varchar(1)  not null,
  size_class       varchar(10) not null,
  answered         boolean     not null default false,
  invited_at       timestamp,
  reminders_sent   integer     not null default 0,
  last_reminded_at timestamp,
  constraint invitation_once unique (cycle_id, business_id)
);
create index invitation_cycle on invitation (cycle_id, answered);

-- Personal links: only the SHA-256 of each random token is stored. Every mailing issues a new
-- token (the old ones keep working), because a stored hash cannot be turned back into a link.
create table invitation_token (
  token_hash    varchar(64) primary key,
  invitation_id bigint      not null references invitation (id)
);
create index invitation_token_invitation on invitation_token (invitation_id);

-- Answers saved for later, while the respondent has not submitted. Deleted on submission.
create table response_draft (
  invitation_id bigint    primary key references invitation (id),
  answers       text      not null,
  saved_at      timestamp not null
);

-- Anonymous responses: a random identifier and the cycle, nothing that leads back to an
-- invitation or a business, and no time. A schema test guards this.
create table response (
  id       varchar(36) primary key,
  cycle_id bigint      not null references survey_cycle (id),
  source   varchar(10) not null,
  constraint response_source check (source in ('WEB', 'IMPORT'))
);
create index response_cycle on response (cycle_id);

-- One row per answered question; a multiple choice has one row per chosen option (ordinal).
create table answer (
  response_id   varchar(36)      not null references response (id) on delete cascade,
  question_code varchar(60)      not null,
  ordinal       integer          not null,
  number_value  double precision,
  choice        varchar(60),
  text_value    varchar(4000),
  dont_know     boolean          not null default false,
  primary key (response_id, question_code, ordinal)
);
