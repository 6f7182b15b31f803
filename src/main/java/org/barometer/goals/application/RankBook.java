package org.barometer.goals.application;

import java.util.List;

/** The published ranks staff have entered. */
public interface RankBook {

  /** Enters a rank, replacing the one for the same ranking, municipality and period. */
  void enter(RankEntry entry);

  /** A municipality's entries, by ranking and period. */
  List<RankEntry> of(String municipality);
}
