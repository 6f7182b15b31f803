package org.barometer.actionplan.domain;

import java.util.Optional;

/**
 * The later links of round owners ({@link RoundLink}), and an owner by id; joins the caller's
 * transaction.
 */
public interface RoundLinks {

  void add(RoundLink link);

  Optional<RoundOwner> owner(long id);

  /** The owner one of whose later links has this token's hash. */
  Optional<RoundOwner> ownerByTokenHash(String tokenHash);
}
