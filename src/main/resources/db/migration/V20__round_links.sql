-- A status round's owner gets a new personal link with every reminder (only the link's SHA-256 is
-- kept, so a reminder cannot repeat the first one); the links mailed before keep working, as a
-- respondent's do. action_round_owner.token_hash is the first link, this table the later ones.
create table action_round_link (
  id              bigint     primary key,
  round_owner_id  bigint     not null references action_round_owner (id),
  token_hash      char(64)   not null,
  issued_at       timestamp  not null,
  constraint round_link_token unique (token_hash)
);
create index round_link_owner on action_round_link (round_owner_id);
