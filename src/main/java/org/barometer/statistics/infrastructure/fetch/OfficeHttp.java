package org.barometer.statistics.infrastructure.fetch;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.importer.ImportException;

/**
 * The one way the office clients talk HTTP: every request waits for its turn under the office's
 * {@link RateLimiter}, has a timeout, and is read as a stream (a part of 800,000 cells is never
 * held as one string).
 *
 * <p>"Busy" answers (429 Too Many Requests, 503 Service Unavailable) are retried up to {@link
 * #MAX_RETRIES} times, waiting as long as the office's {@code Retry-After} says (seconds or a date)
 * or, without it, 2, 4, 8, 16 seconds; a wait longer than {@link #MAX_WAIT} is not waited for. So
 * is a request that got no answer at all (connection refused, timeout). Every other answer outside
 * 2xx becomes a {@link FetchException} whose message names the address, the status and what the
 * office wrote (the {@code title}, {@code detail}, {@code message} or {@code error} texts of a JSON
 * error body, else the body as text), because that text is what a person needs to fix the query.
 */
public final class OfficeHttp {

  public static final int MAX_RETRIES = 4;
  public static final Duration MAX_WAIT = Duration.ofMinutes(5);
  private static final int ERROR_TEXT_BYTES = 8 * 1024;
  private static final int ERROR_TEXT_CHARS = 500;
  private static final Logger LOG = Logger.getLogger(OfficeHttp.class.getName());

  /** Reads a successful answer's body. */
  @FunctionalInterface
  public interface BodyReader<T> {
    T read(InputStream body) throws IOException, ImportException, FetchException;
  }

  private final String office;
  private final HttpClient client;
  private final Duration timeout;
  private final RateLimiter limiter;
  private final TimeSource time;

  public OfficeHttp(
      String office, HttpClient client, Duration timeout, RateLimiter limiter, TimeSource time) {
    this.office = Objects.requireNonNull(office, "office");
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.time = Objects.requireNonNull(time, "time");
  }

  /** With the JDK's client (following redirects, HTTP/1.1 or 2) and the real clock. */
  public static OfficeHttp create(String office, Duration timeout, RateLimit limit) {
    return create(office, timeout, limit, TimeSource.system());
  }

  public static OfficeHttp create(
      String office, Duration timeout, RateLimit limit, TimeSource time) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return new OfficeHttp(office, client, timeout, new RateLimiter(limit, time), time);
  }

  public String office() {
    return office;
  }

  /** GETs a JSON answer and reads it with {@code reader}. */
  public <T> T get(URI uri, BodyReader<T> reader) throws FetchException, ImportException {
    return send(builder(uri).GET().build(), reader);
  }

  /** POSTs a JSON body (a query too long for an address) and reads the answer. */
  public <T> T post(URI uri, String json, BodyReader<T> reader)
      throws FetchException, ImportException {
    return send(
        builder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        reader);
  }

  private HttpRequest.Builder builder(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("User-Agent", "Barometer statistics refresh");
  }

  private <T> T send(HttpRequest request, BodyReader<T> reader)
      throws FetchException, ImportException {
    URI uri = request.uri();
    for (int attempt = 0; ; attempt++) {
      HttpResponse<InputStream> response;
      try {
        limiter.acquire();
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri, 0, "Interrupted while fetching " + uri, e);
      } catch (IOException e) {
        if (attempt >= MAX_RETRIES) {
          throw new FetchException(
              uri, 0, office + " could not be reached at " + uri + " (" + describe(e) + ")", e);
        }
        pause(uri, backoff(attempt), "no answer: " + describe(e));
        continue;
      }
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        try (InputStream body = response.body()) {
          return reader.read(body);
        } catch (IOException e) {
          throw new FetchException(
              uri, status, "The answer of " + office + " to " + uri + " broke off: " + e, e);
        }
      }
      String text = errorText(response);
      if ((status == 429 || status == 503) && attempt < MAX_RETRIES) {
        Duration wait = retryAfter(response).orElse(backoff(attempt));
        if (wait.compareTo(MAX_WAIT) <= 0) {
          pause(uri, wait, "status " + status);
          continue;
        }
      }
      throw new FetchException(
          uri,
          status,
          office
              + " answered "
              + status
              + (status == 429 || status == 503 ? " (busy; retried " + attempt + " times)" : "")
              + " to "
              + uri
              + (text.isEmpty() ? "" : ": " + text));
    }
  }

  private void pause(URI uri, Duration wait, String why) throws FetchException {
    LOG.info(() -> office + " " + why + "; waiting " + wait.toSeconds() + " s before " + uri);
    try {
      time.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri, 0, "Interrupted while waiting to fetch " + uri, e);
    }
  }

  private static Duration backoff(int attempt) {
    return Duration.ofSeconds(2L << Math.min(attempt, 4));
  }

  /** {@code Retry-After} as delta-seconds or as an HTTP date (RFC 9110 section 10.2.3). */
  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
    if (header.isEmpty() || header.get().isEmpty()) {
      return Optional.empty();
    }
    String value = header.get();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(time.now(), at.toInstant());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** What the office wrote, shortened: a JSON problem's texts, else the body's text. */
  private static String errorText(HttpResponse<InputStream> response) {
    String body;
    try (InputStream in = response.body()) {
      body = new String(in.readNBytes(ERROR_TEXT_BYTES), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
    String text = body.startsWith("{") ? jsonTexts(body) : null;
    if (text == null || text.isEmpty()) {
      text = body.replaceAll("<[^>]*>", " ");
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > ERROR_TEXT_CHARS ? text.substring(0, ERROR_TEXT_CHARS) + "…" : text;
  }

  private static String jsonTexts(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject problem = reader.readObject();
      List<String> texts = new ArrayList<>();
      for (String key : List.of("title", "detail", "message", "error", "errors")) {
        collect(problem.get(key), texts);
      }
      return String.join(" ", texts);
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return null;
    }
  }

  private static void collect(JsonValue value, List<String> texts) {
    if (value == null) {
      return;
    }
    switch (value.getValueType()) {
      case STRING -> texts.add(((JsonString) value).getString());
      case ARRAY -> value.asJsonArray().forEach(v -> collect(v, texts));
      case OBJECT -> value.asJsonObject().values().forEach(v -> collect(v, texts));
      default -> {}
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
