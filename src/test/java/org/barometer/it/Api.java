package org.barometer.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * A small HTTP client for the REST API as a program would use it: JSON in and out, HTTP Basic for
 * staff. Each call returns the status and body so tests can check both.
 */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String authorization;

  private Api(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  public static Api anonymous(URL base) {
    return new Api(URI.create(base.toString()), null);
  }

  public static Api as(URL base, String user, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(URI.create(base.toString()), "Basic " + credentials);
  }

  public static Api analyst(URL base) {
    return as(base, "analyst", "analyst-demo");
  }

  public static Api organiser(URL base) {
    return as(base, "organiser", "organiser-demo");
  }

  public static Api viewer(URL base) {
    return as(base, "viewer", "viewer-demo");
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply postCsv(String path, String csv) {
    return send(
        request(path)
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  /**
   * Posts a multipart form as a browser's file upload does: text fields, then the file in the field
   * {@code file}.
   */
  public Reply postFile(String path, String fileName, byte[] content, Map<String, String> fields) {
    String boundary = "barometer-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Reply postYaml(String path, String yaml) {
    return send(
        request(path)
            .header("Content-Type", "application/yaml; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)));
  }

  public Reply putJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** The raw bytes of a response, for images and downloads. */
  public byte[] bytes(String path) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A download: status, bytes, and the headers that say what it is. */
  public record Download(int status, byte[] body, String contentType, String disposition) {}

  /** A file with its Content-Type and Content-Disposition, for downloads such as reports. */
  public Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, body and content type. */
  public record Reply(int status, String body, String contentType) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray jsonArray() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
