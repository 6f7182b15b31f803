-- Published rankings of a municipality (NHO's Kommune-NM, Svenskt Näringslivs ranking), entered by
-- staff from the publication with its source and date. A rank is a fact about the municipality, so
-- every plan that names the ranking reads the same entries. Category and group are '' when the
-- ranking has none, so they can be part of the key.
create table goal_rank_entry (
  publisher          varchar(100)  not null,
  ranking            varchar(200)  not null,
  category           varchar(200)  not null,
  within_group       varchar(200)  not null,
  municipality_code  varchar(4)    not null,
  period             varchar(10)   not null,
  rank_value         integer       not null check (rank_value >= 1),
  source             varchar(500)  not null,
  published_on       date          not null,
  primary key (publisher, ranking, category, within_group, municipality_code, period)
);
