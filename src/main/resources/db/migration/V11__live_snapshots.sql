-- How many responses an open cycle had when its live results were last counted (LiveSnapshots).
-- Live results are refreshed only after at least the survey's minimum group of further answers,
-- so that comparing them before and after one answer shows nothing; keeping the mark here makes
-- that hold across server restarts. Holds no answer, response, invitation or business.
create table live_snapshot (
  cycle_id   bigint  not null primary key references survey_cycle (id),
  responses  bigint  not null
);
