package org.barometer.analysis.domain;

import java.util.Objects;

/** A breakdown group with the {@link Suppression} decision on it. */
public record GroupDisclosure(String key, long n, Visibility visibility) {

  public GroupDisclosure {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(visibility, "visibility");
  }
}
