-- Half-year periods (Period.Kind.HALF_YEAR, code 2021H1): PX files with TIMEVAL(...)=TLIST(H1), as
-- Statistics Greenland publishes its consumer prices. The kind's name is longer than the 7
-- characters the column had. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table stat_observation alter column period_kind set data type varchar(9);
alter table stat_observation drop constraint stat_observation_kind;
alter table stat_observation add constraint stat_observation_kind
  check (period_kind in ('YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH', 'WEEK'));
