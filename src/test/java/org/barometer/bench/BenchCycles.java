package org.barometer.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.barometer.it.Api;

/**
 * What the survey benchmarks share: the strata of their generated register (four industries by
 * three sizes, 20,000 businesses each), creating a cycle with them over the REST API, and the small
 * checks and timings around it.
 */
final class BenchCycles {

  static final String[] INDUSTRIES = {"C", "F", "G", "M"};
  static final String[] SIZES = {"0-4", "5-19", "20-99"};
  static final int STRATUM_POPULATION = 20_000;

  private BenchCycles() {}

  /** A draft cycle of the survey with every stratum's population; returns its id. */
  static long create(Api analyst, String survey, String label) {
    StringBuilder strata = new StringBuilder("[");
    for (String industry : INDUSTRIES) {
      for (String size : SIZES) {
        strata.append(strata.length() > 1 ? "," : "");
        strata.append("{\"industry\":\"").append(industry).append("\",\"sizeClass\":\"");
        strata.append(size).append("\",\"population\":").append(STRATUM_POPULATION).append('}');
      }
    }
    strata.append(']');
    var reply =
        analyst.postJson(
            "/api/surveys/" + survey + "/cycles",
            "{\"label\":\""
                + label
                + "\",\"populationSize\":"
                + STRATUM_POPULATION * INDUSTRIES.length * SIZES.length
                + ",\"strata\":"
                + strata
                + "}");
    check(reply, 201);
    return reply.json().getJsonNumber("id").longValue();
  }

  static void check(Api.Reply reply, int status) {
    if (reply.status() != status) {
      throw new IllegalStateException("Expected " + status + ", got " + reply);
    }
  }

  static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Waits (up to 5 minutes) until the server has counted and kept a closed cycle. */
  static void waitUntilKept(Connection db, long cycle) throws Exception {
    try (PreparedStatement kept =
        db.prepareStatement("select count(*) from cycle_count where cycle_id = ?")) {
      kept.setLong(1, cycle);
      for (int i = 0; i < 1200; i++) {
        try (var rows = kept.executeQuery()) {
          rows.next();
          if (rows.getLong(1) > 0) {
            return;
          }
        }
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("Cycle " + cycle + " was not counted within 5 minutes");
  }
}
