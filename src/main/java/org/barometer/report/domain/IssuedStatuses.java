package org.barometer.report.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The status of every goal and indicator as a report gave it, kept with the report so the next one
 * can say what changed since ("g:" before a goal's id, "i:" before an indicator's), one per line.
 *
 * @param byKey status names by {@code g:<goal id>} or {@code i:<indicator id>}, in report order
 */
public record IssuedStatuses(Map<String, String> byKey) {

  public IssuedStatuses {
    byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
  }

  /** One change between two reports. */
  public record Change(String key, String before, String after) {
    public boolean goal() {
      return key.startsWith("g:");
    }

    public String id() {
      return key.substring(2);
    }
  }

  public static IssuedStatuses parse(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.lastIndexOf('=');
      if (eq > 0) {
        map.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return new IssuedStatuses(map);
  }

  public String text() {
    StringBuilder s = new StringBuilder();
    byKey.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
    return s.toString();
  }

  /**
   * What changed from an earlier report to this one: a status that differs, or a goal or indicator
   * that is new (before null); those the earlier report had and this one has not are left out.
   */
  public List<Change> changesSince(IssuedStatuses earlier) {
    List<Change> changes = new ArrayList<>();
    byKey.forEach(
        (k, v) -> {
          String before = earlier.byKey.get(k);
          if (!Objects.equals(before, v)) {
            changes.add(new Change(k, before, v));
          }
        });
    return changes;
  }
}
