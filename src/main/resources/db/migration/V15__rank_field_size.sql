-- How many were ranked when a rank was published (the whole field, or the group it was ranked
-- within: KOSTRA group 11 has 10 members), so that a rank outside it is refused. Null for ranks
-- entered before, whose field is not known.
alter table goal_rank_entry add column field_size integer;
