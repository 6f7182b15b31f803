-- The yearly report to the council, kept exactly as issued: both files' bytes, the day it reports
-- on, the plan version scored, its language, who issued it and when. The statuses column holds
-- every goal's and indicator's status as issued ("g:goal-id=ON_TRACK" lines), from which the next
-- report says what changed. plan_id is not a foreign key: a plan lives in its document.

create table issued_report (
  id            bigint        primary key,
  plan_id       varchar(80)   not null,
  as_of         date          not null,
  plan_version  integer       not null,
  language      varchar(2)    not null,
  issued_by     varchar(200)  not null,
  issued_at     timestamp     not null,
  title         varchar(300)  not null,
  statuses      varchar(20000) not null,
  pdf           bytea         not null,
  docx          bytea         not null
);

create index issued_report_plan on issued_report (plan_id, as_of);
