package org.barometer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What writing every commit before it returns costs H2: transactions shaped like a submission (one
 * response row and 30 answer rows, then commit) from 1 and 16 threads, on a file database with H2's
 * default write delay (500 ms) and with {@code WRITE_DELAY=0}, the setting of {@code
 * liberty/db/h2.xml}. The two settings alternate three times, so a machine whose speed drifts
 * favours neither. Not a test; run with {@code mvn -Pbench test-compile exec:java
 * -Dbench.main=org.barometer.bench.H2CommitBench}. Property {@code bench.transactions} per run
 * [4000].
 */
public final class H2CommitBench {

  private H2CommitBench() {}

  public static void main(String[] args) throws Exception {
    int transactions = Integer.parseInt(System.getProperty("bench.transactions", "4000"));
    Path folder = Files.createTempDirectory("h2-commit-bench");
    System.out.println("transactions of 31 inserts each, per second (higher is better)");
    System.out.printf(Locale.ROOT, "%-8s %-22s %8s %8s%n", "round", "setting", "1 thread", "16");
    for (int round = 1; round <= 3; round++) {
      for (String setting : List.of("default (500 ms)", "WRITE_DELAY=0")) {
        String url =
            "jdbc:h2:"
                + folder.resolve("r" + round + (setting.startsWith("default") ? "d" : "w"))
                + ";MODE=PostgreSQL"
                + (setting.startsWith("default") ? "" : ";WRITE_DELAY=0");
        createTables(url);
        double one = run(url, 1, transactions / 4);
        double sixteen = run(url, 16, transactions);
        System.out.printf(Locale.ROOT, "%-8d %-22s %8.0f %8.0f%n", round, setting, one, sixteen);
      }
    }
  }

  private static void createTables(String url) throws SQLException {
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      db.createStatement().execute("create table response (id bigint primary key, at timestamp)");
      db.createStatement()
          .execute(
              "create table answer (response_id bigint, question varchar(40), answer_value varchar(40),"
                  + " primary key (response_id, question))");
    }
  }

  /** Transactions per second from {@code threads} threads, each on its own connection. */
  private static double run(String url, int threads, int transactions) throws Exception {
    AtomicInteger next = new AtomicInteger(next(url));
    int last = next.get() + transactions;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> parts = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      parts.add(
          pool.submit(
              () -> {
                try (Connection db = DriverManager.getConnection(url, "sa", "");
                    PreparedStatement response =
                        db.prepareStatement("insert into response values (?, current_timestamp)");
                    PreparedStatement answer =
                        db.prepareStatement("insert into answer values (?, ?, ?)")) {
                  db.setAutoCommit(false);
                  int id;
                  while ((id = next.getAndIncrement()) < last) {
                    response.setLong(1, id);
                    response.executeUpdate();
                    for (int q = 0; q < 30; q++) {
                      answer.setLong(1, id);
                      answer.setString(2, "q" + q);
                      answer.setString(3, Integer.toString(1 + (id + q) % 6));
                      answer.addBatch();
                    }
                    answer.executeBatch();
                    db.commit();
                  }
                }
                return null;
              }));
    }
    for (Future<?> part : parts) {
      part.get();
    }
    pool.shutdown();
    return transactions / ((System.nanoTime() - t0) / 1e9);
  }

  private static int next(String url) throws SQLException {
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        var rows =
            db.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from response")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
