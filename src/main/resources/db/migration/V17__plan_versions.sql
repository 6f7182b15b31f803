-- Versions of a plan. A changed plan file is a new version beside the old ones, never a
-- replacement: who stored it, when, why, and the first day it is in force; a scorecard for a day
-- uses the version in force that day. Each version keeps its document as imported.
-- goal_plan keeps one row per plan with what its latest version says (for the list of plans).
create table goal_plan_version (
  plan_id         varchar(80)    not null,
  version_number  integer        not null,
  file_name       varchar(255)   not null,
  document        text           not null,
  imported_by     varchar(200),
  imported_at     timestamp      not null,
  reason          varchar(2000)  not null,
  in_force_from   date           not null,
  primary key (plan_id, version_number),
  constraint goal_plan_version_plan foreign key (plan_id) references goal_plan (id) on delete cascade
);

-- Every plan stored so far becomes its version 1, in force from the day it was imported; who
-- imported it was not recorded (null).
insert into goal_plan_version
  (plan_id, version_number, file_name, document, imported_by, imported_at, reason, in_force_from)
select id, 1, file_name, document, null, imported_at, '', cast(imported_at as date)
from goal_plan;

alter table goal_plan add column latest_version integer default 1 not null;
alter table goal_plan drop column document;
