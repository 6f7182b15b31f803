-- The single sign-on tokens of staff who logged out (LoggedOutTokens): a token saved before logging
-- out opens nothing after it, on whichever server it is tried. Only a SHA-256 of the token is kept,
-- and only as long as the token could be valid (the LTPA expiration, two hours).
create table logged_out_token (
  token_hash   varchar(64) primary key,
  valid_until  timestamp   not null
);
create index logged_out_token_valid_until on logged_out_token (valid_until);
