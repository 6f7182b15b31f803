-- Work that must run once however many Barometer servers share the database (README, "Several
-- instances"): a scheduled job's run, the counting of a closed cycle. A server may do the work
-- only after moving held_until forward with one conditional update (InstanceLocks) that succeeds
-- only where held_until has passed; the lease ends on its own, so a server killed while holding
-- one never blocks the others for longer than the lease. runs counts the leases taken, for the
-- operators (and the two-instance test) to see how often the work ran.
create table instance_lock (
  name        varchar(100) primary key,
  holder      varchar(200),
  held_until  timestamp    not null,
  runs        bigint       not null
);
insert into instance_lock (name, holder, held_until, runs)
  values ('meeting-retention', null, timestamp '2000-01-01 00:00:00', 0);
insert into instance_lock (name, holder, held_until, runs)
  values ('meeting-mail-retry', null, timestamp '2000-01-01 00:00:00', 0);
