-- A closed cycle's answers reduced to counts: how many respondents with one background gave one
-- answer to one question (item_kind Q) or had one index value (I), and the paired sums the
-- priority matrix needs. Written once, after the cycle closes, so that its results are read from a
-- few thousand rows instead of counting millions of answers again on every server start.
-- A closed cycle never changes, so these never go stale. They hold nothing the answer table does
-- not: no response, invitation or business is named.
create table cycle_count (
  cycle_id      bigint           not null references survey_cycle (id),
  item_kind     varchar(1)       not null,
  item          varchar(60)      not null,
  industry      varchar(60),
  size_class    varchar(60),
  years         varchar(60),
  number_value  double precision,
  choice        varchar(60),
  dont_know     boolean          not null,
  answers       bigint           not null,
  constraint cycle_count_kind check (item_kind in ('Q', 'I'))
);
create index cycle_count_cycle on cycle_count (cycle_id);

create table cycle_pair (
  cycle_id  bigint            not null references survey_cycle (id),
  driven    varchar(60)       not null,
  driver    varchar(60)       not null,
  n         bigint            not null,
  sum_x     double precision  not null,
  sum_y     double precision  not null,
  sum_xx    double precision  not null,
  sum_yy    double precision  not null,
  sum_xy    double precision  not null,
  primary key (cycle_id, driven, driver)
);
