-- Municipal code changes fetched from SSB's KLASS classification 131 (docs/region-groups.md). They
-- are added to the change list shipped with Barometer; a fetch replaces every row of the one
-- before. Codes in the canonical spelling of RegionCodes (four digits); valid_from is the year
-- (from 1 January) of new_code.
create table stat_municipality_change (
  old_code    varchar(4)  not null,
  new_code    varchar(4)  not null,
  valid_from  integer     not null,
  fetched_at  timestamp   not null,
  primary key (old_code, new_code, valid_from)
);
