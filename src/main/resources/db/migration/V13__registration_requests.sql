-- A registration from the public page waits here until the person opens the link mailed to the
-- address they gave and confirms (double opt-in), so that a script cannot take seats or fill a
-- waiting list with made-up addresses. Only the SHA-256 of the link's token is stored. On
-- confirmation the row becomes a registration, whose personal link is the same link, and is
-- deleted; a request not confirmed by expires_at is deleted unconfirmed.
create table meeting_registration_request (
  token_hash    varchar(64)  primary key,
  meeting_id    bigint       not null references meeting (id),
  name          varchar(200) not null,
  email         varchar(254) not null,
  org_number    varchar(20),
  company_name  varchar(200),
  job_role      varchar(200),
  dietary_needs varchar(500),
  access_needs  varchar(500),
  language      varchar(2)   not null,
  requested_at  timestamp    not null,
  expires_at    timestamp    not null
);
create index registration_request_expiry on meeting_registration_request (expires_at);
