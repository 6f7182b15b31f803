-- Official statistics (SSB, SCB, Kolada) as imported tables: one row per cell a statistics
-- office published, found by series, region and period. Runs unchanged on PostgreSQL and on H2
-- in PostgreSQL mode.
--
-- Ids come from id_seq like every other table. The statistics store takes one nextval per row;
-- EclipseLink only ever uses the 50 values up to a nextval it fetched itself, so the two never
-- hand out the same id.

-- A published table, once per office and table code, so that importing it again (the same file,
-- or KOSTRA's revised June figures after the unrevised March ones) finds the same series.
create table stat_table (
  id           bigint        default nextval('id_seq') primary key,
  source       varchar(40)   not null,
  table_code   varchar(60)   not null,
  title        varchar(1000),
  language     varchar(10),
  -- the office's own "updated" as written in the file: offices use several formats
  updated      varchar(60),
  imported_at  timestamp     not null,
  constraint stat_table_code unique (source, table_code)
);

-- One measure of a table with the other dimensions held fixed. variant_key is the canonical
-- spelling of those fixed categories, 'dimension=code' joined by '|' in the table's dimension
-- order ('' when the table has no other dimension), so it is the same on every import;
-- variant_label is the same in the file's words, for people.
create table stat_series (
  id             bigint         default nextval('id_seq') primary key,
  table_id       bigint         not null references stat_table (id),
  measure_code   varchar(200)   not null,
  measure_label  varchar(1000),
  unit           varchar(200),
  decimals       integer,
  variant_key    varchar(2000)  not null,
  variant_label  varchar(4000),
  constraint stat_series_key unique (table_id, measure_code, variant_key)
);

-- Regions in the canonical spelling of RegionCodes (K_3001 and 3001 are one row; EAK and 00 are
-- the countries NO and SE). The code alone is not unique: 01 is a Norwegian and a Swedish county.
-- Observations refer to the surrogate id, so that renumbering (Norway's 2020 and 2024 reforms)
-- can later be recorded as links between region rows without touching the observations.
create table stat_region (
  id       bigint        default nextval('id_seq') primary key,
  country  varchar(2)    not null,
  kind     varchar(12)   not null,
  code     varchar(40)   not null,
  -- the label of the latest file that named the region
  name     varchar(200),
  constraint stat_region_code unique (country, code),
  constraint stat_region_kind check (kind in ('COUNTRY', 'COUNTY', 'MUNICIPALITY', 'GROUP', 'OTHER'))
);

-- One published cell. period is Period.code() (2021, 2021Q1, 2021M01, 2021W30), which sorts in
-- time order within one kind. A missing cell is kept with number_value null and the office's
-- status symbol ('..' missing, '.' not applicable, ':' confidential, '-' nil), because
-- "confidential" is an answer too, and a later revision may fill it in.
--
-- Kept narrow, and without foreign keys, because a table holds a million of these and every byte
-- and check is paid per cell: measured on PostgreSQL 15 for 1.07 M cells, the two foreign keys
-- made inserting them take 17.8 s instead of 4.5 s, and an index on (region_id, series_id) another
-- second. JdbcStatisticsStore is the only writer and takes series and region ids from the rows it
-- has just read or written in the same transaction; whoever deletes a series or a region deletes
-- its observations first.
create table stat_observation (
  series_id     bigint            not null,
  region_id     bigint            not null,
  period        varchar(8)        not null,
  period_kind   varchar(7)        not null,
  number_value  double precision,
  status        varchar(10),
  note          varchar(4000),
  primary key (series_id, region_id, period),
  constraint stat_observation_kind check (period_kind in ('YEAR', 'QUARTER', 'MONTH', 'WEEK'))
);

-- Earlier versions of a cell, written when an import replaces its value, status or note
-- (KOSTRA: unrevised in March, revised in June), so a goal scored in April can be explained later.
-- No primary key: one cell may be revised many times; the index serves "the history of a cell".
create table stat_observation_history (
  series_id     bigint            not null references stat_series (id),
  region_id     bigint            not null references stat_region (id),
  period        varchar(8)        not null,
  number_value  double precision,
  status        varchar(10),
  note          varchar(4000),
  replaced_at   timestamp         not null
);
create index stat_observation_history_cell
  on stat_observation_history (series_id, region_id, period);
