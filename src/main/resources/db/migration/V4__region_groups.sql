-- Region groups the office defines itself ("the competing regions", "Sarpsborg's neighbours"), in
-- addition to the groups shipped in region-groups.csv. Members are municipalities in the canonical
-- spelling of RegionCodes, kept in the order the user gave them.
create table stat_region_group (
  code     varchar(40)   primary key,
  name     varchar(200)  not null,
  -- NO or SE: how the member codes are read, a bare four-digit code being both
  country  varchar(2)    not null
);

create table stat_region_group_member (
  group_code  varchar(40)  not null references stat_region_group (code) on delete cascade,
  position    integer      not null,
  code        varchar(4)   not null,
  primary key (group_code, position),
  constraint stat_region_group_member_once unique (group_code, code)
);
