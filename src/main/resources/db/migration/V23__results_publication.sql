-- A closed cycle's results published to the public (issue 17): who published which cycle and when,
-- and who withdrew it and when. A cycle published again after a withdrawal gets a new row, so the
-- history stays; the cycle's current publication is its row without withdrawn_at.
create table results_publication (
  id            bigint        primary key,
  cycle_id      bigint        not null references survey_cycle (id),
  published_by  varchar(100)  not null,
  published_at  timestamp     not null,
  withdrawn_by  varchar(100),
  withdrawn_at  timestamp
);
create index results_publication_cycle on results_publication (cycle_id);
