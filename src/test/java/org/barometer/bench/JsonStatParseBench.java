package org.barometer.bench;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;

/**
 * How long {@link JsonStatParser} takes on a 1,000,000-cell JSON-stat 2.0 file and how much heap it
 * uses, to check that cells stay in primitive arrays (about 8 MB of values plus 4-8 MB of status
 * references) instead of a million objects. Not a test: run it by hand after {@code mvn
 * test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$PARSSON:$JSONP_API org.barometer.bench.JsonStatParseBench
 * </pre>
 *
 * The file: 100 regions × 100 categories × 100 periods, values with one decimal, every 50th cell
 * null with a {@code ".."} status (status as an object, as SSB writes it).
 */
final class JsonStatParseBench {

  public static void main(String[] args) throws Exception {
    Path file = Files.createTempFile("jsonstat-1m", ".json");
    try {
      write(file, 100);
      System.out.printf("file: %,d bytes%n", Files.size(file));
      for (int run = 1; run <= 5; run++) {
        measure(file, run);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void measure(Path file, int run) throws Exception {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    System.gc();
    long heapBefore = usedHeap();
    long allocatedBefore = threads.getThreadAllocatedBytes(tid);
    long start = System.nanoTime();
    List<Dataset> datasets;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      datasets = new JsonStatParser().parse(file.getFileName().toString(), in, null);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = threads.getThreadAllocatedBytes(tid) - allocatedBefore;
    System.gc();
    long retained = usedHeap() - heapBefore;
    Dataset d = datasets.get(0);
    System.out.printf(
        "run %d: %,d cells in %d ms; retained heap %.1f MB; allocated while parsing %.1f MB;"
            + " missing %s%n",
        run, d.size(), millis, retained / 1e6, allocated / 1e6, d.missingBySymbol());
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static void write(Path file, int n) throws IOException {
    Random random = new Random(1);
    int cells = n * n * n;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"bench\",");
      w.write("\"id\":[\"region\",\"item\",\"Tid\"],\"size\":[" + n + "," + n + "," + n + "],");
      w.write("\"role\":{\"time\":[\"Tid\"],\"geo\":[\"region\"]},\"dimension\":{");
      String[] dims = {"region", "item", "Tid"};
      for (int d = 0; d < dims.length; d++) {
        w.write((d > 0 ? "," : "") + "\"" + dims[d] + "\":{\"category\":{\"index\":{");
        for (int c = 0; c < n; c++) {
          w.write((c > 0 ? "," : "") + "\"" + dims[d] + c + "\":" + c);
        }
        w.write("}}}");
      }
      w.write("},\"value\":[");
      for (int i = 0; i < cells; i++) {
        if (i > 0) {
          w.write(',');
        }
        if (i % 50 == 0) {
          w.write("null");
        } else {
          w.write(Integer.toString(random.nextInt(1_000_000)));
          w.write('.');
          w.write(Integer.toString(random.nextInt(10)));
        }
      }
      w.write("],\"status\":{");
      for (int i = 0; i < cells; i += 50) {
        w.write((i > 0 ? "," : "") + "\"" + i + "\":\"..\"");
      }
      w.write("}}");
    }
  }
}
