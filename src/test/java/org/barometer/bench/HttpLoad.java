package org.barometer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Submissions over HTTP from {@code clients} threads, each sending one request at a time (a closed
 * loop, like pgbench's clients). Every submission uses its own token; anything but 201 counts as a
 * failure. Latency is measured per request, from sending to the whole reply being read.
 */
final class HttpLoad {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI responses;
  private final List<String> tokens;
  private final AtomicInteger nextToken = new AtomicInteger();
  private final Map<String, String> failureSamples = new ConcurrentHashMap<>();

  HttpLoad(URI base, List<String> tokens) {
    this.responses = base.resolve("/api/responses");
    this.tokens = tokens;
  }

  int tokensLeft() {
    return tokens.size() - nextToken.get();
  }

  /** One level: {@code submissions} responses from {@code clients} concurrent clients. */
  Result run(int clients, int submissions) throws InterruptedException {
    if (submissions > tokensLeft()) {
      throw new IllegalStateException("not enough tokens left for " + submissions + " submissions");
    }
    AtomicInteger remaining = new AtomicInteger(submissions);
    AtomicLong failures = new AtomicLong();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Histogram>> parts = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      parts.add(
          pool.submit(
              () -> {
                Histogram latencies = new Histogram(Duration.ofMinutes(1).toNanos(), 3);
                start.await();
                while (remaining.getAndDecrement() > 0) {
                  int n = nextToken.getAndIncrement();
                  String body = BenchAnswers.submission(tokens.get(n), n);
                  long t0 = System.nanoTime();
                  int status;
                  String reply;
                  try {
                    HttpResponse<String> r =
                        http.send(
                            HttpRequest.newBuilder(responses)
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    status = r.statusCode();
                    reply = r.body();
                  } catch (java.io.IOException e) {
                    status = -1;
                    reply = e.toString();
                  }
                  latencies.recordValue(
                      Math.min(System.nanoTime() - t0, Duration.ofMinutes(1).toNanos()));
                  statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                  if (status != 201) {
                    failures.incrementAndGet();
                    failureSamples.putIfAbsent(status + "", reply);
                  }
                }
                return latencies;
              }));
    }
    long t0 = System.nanoTime();
    start.countDown();
    Histogram all = new Histogram(Duration.ofMinutes(1).toNanos(), 3);
    try {
      for (Future<Histogram> part : parts) {
        all.add(part.get());
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<Integer, Integer> byStatus = new TreeMap<>();
    statuses.forEach((s, n) -> byStatus.put(s, n.get()));
    return new Result(
        clients,
        submissions,
        seconds,
        submissions / seconds,
        all.getValueAtPercentile(50) / 1e6,
        all.getValueAtPercentile(99) / 1e6,
        all.getMaxValue() / 1e6,
        failures.get(),
        byStatus);
  }

  /** One reply body per failing status, for the report. */
  Map<String, String> failureSamples() {
    return failureSamples;
  }

  /** What one level measured. Latencies in milliseconds. */
  record Result(
      int clients,
      int submissions,
      double seconds,
      double perSecond,
      double p50,
      double p99,
      double max,
      long failures,
      Map<Integer, Integer> statuses) {}
}
