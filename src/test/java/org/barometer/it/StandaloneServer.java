package org.barometer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of its own, for a test about how the application starts, which Arquillian's
 * shared server (started once, with the test settings) cannot show. It is configured as a
 * deployment is: the project's {@code liberty/} folder, the built WAR in dropins, and the bootstrap
 * properties and environment the test gives; H2 in a fresh folder, on ports beside the test
 * server's. The test stops it with {@code server stop}, and only this server.
 */
final class StandaloneServer implements AutoCloseable {

  static final int HTTP_PORT = 9380;
  private static final String NAME = "barometerStartIT";

  private final Path wlp = Path.of("target/liberty/wlp").toAbsolutePath();
  private final Path dir = wlp.resolve("usr/servers/" + NAME);
  private final Map<String, String> environment;
  private boolean started;

  /**
   * Prepares the server.
   *
   * @param bootstrap bootstrap properties beyond the database, folders and ports
   * @param environment environment variables for the server process
   */
  StandaloneServer(Map<String, String> bootstrap, Map<String, String> environment)
      throws IOException {
    this.environment = environment;
    delete(dir);
    copyTree(Path.of("liberty"), dir);
    Path data = Files.createTempDirectory("barometer-start-it-");
    StringBuilder properties = new StringBuilder();
    properties.append("db=h2\n");
    properties.append("http.port=").append(HTTP_PORT).append('\n');
    properties.append("https.port=").append(HTTP_PORT + 363).append('\n');
    properties.append("barometer.data.dir=").append(data).append('\n');
    properties.append("barometer.surveys.dir=").append(Path.of("surveys").toAbsolutePath());
    properties.append('\n');
    bootstrap.forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
    Files.writeString(dir.resolve("bootstrap.properties"), properties);
    Files.createDirectories(dir.resolve("dropins"));
    Files.copy(
        Path.of(System.getProperty("barometer.war", "target/barometer.war")),
        dir.resolve("dropins/barometer.war"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  URL base() {
    try {
      return new URL("http://localhost:" + HTTP_PORT + "/");
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts the server and waits until the application has started or failed to (Liberty's
   * CWWKZ0001I, or CWWKZ0002E or CWWKZ0012I for it) and its HTTP port is open; returns the server's
   * log up to then.
   */
  String startAndAwaitApplication() throws IOException, InterruptedException {
    run("start");
    started = true;
    Path log = dir.resolve("logs/messages.log");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      boolean decided =
          text.contains("CWWKZ0001I") || text.contains("CWWKZ0002E") || text.contains("CWWKZ0012I");
      // Liberty opens its HTTP port only once the applications have started (or waited 30 s).
      boolean listening = text.contains("CWWKO0219I: TCP Channel defaultHttpEndpoint");
      if (decided && listening) {
        return text;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The application neither started nor failed within 3 minutes");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (started) {
      run("stop");
      started = false;
    }
  }

  private void run(String action) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, NAME)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server-" + action + ".out").toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("server " + action + " did not return within 3 minutes");
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
