-- Strategic business plans. A plan is kept as the document the municipality wrote (a YAML or JSON
-- plan file, docs/plan-files.md) so it can be reviewed and exported exactly as written; the other
-- columns repeat what the list of plans shows without reading every document. Importing a file
-- with the same id replaces the plan.
create table goal_plan (
  id                 varchar(80)   primary key,
  municipality_code  varchar(4)    not null,
  municipality_name  varchar(200)  not null,
  country            varchar(2)    not null,
  title              varchar(500)  not null,
  period             varchar(40)   not null,
  file_name          varchar(255)  not null,
  document           text          not null,
  imported_at        timestamp     not null
);

create index goal_plan_municipality on goal_plan (municipality_code);
