package org.barometer.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser session without a browser: the container's form login, then pages and
 * form posts with the session cookie, as a hand-made request (or a forged one) would send them.
 * Redirects are not followed, so a test sees what the server answered.
 */
public final class PageSession {

  private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient http;

  private PageSession(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  private PageSession(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            // HTTP/1.1 as browsers speak to Barometer: the client's own upgrade to HTTP/2 over
            // plain HTTP is a path no browser takes, and one it has been seen to lose answers on
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Logs in through the login page as a browser does: a staff page first, then the form. */
  public static PageSession login(URL base, String user, String password) {
    PageSession session = new PageSession(URI.create(base.toString()));
    session.get("/staff/");
    String form = "j_username=" + encode(user) + "&j_password=" + encode(password);
    HttpResponse<String> login;
    try {
      login =
          session.http.send(
              session
                  .request("/j_security_check")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    // The container answers a redirect either way: on to the page asked for, or back to the form
    // (failed, or to wait after too many failures), which must not pass for a login.
    String to = login.headers().firstValue("Location").orElse("");
    if ((login.statusCode() != 302 && login.statusCode() != 303) || to.contains("login.xhtml")) {
      throw new AssertionError(
          "form login as " + user + " answered " + login.statusCode() + " to '" + to + "'");
    }
    return session;
  }

  public Api.Reply get(String path) {
    return send(request(path).GET());
  }

  /**
   * The same browser at another address: its cookies (session, single sign-on) go along, as a
   * browser's go to whichever server a load balancer picks.
   */
  public PageSession at(URL otherBase) {
    return new PageSession(URI.create(otherBase.toString()), http);
  }

  Api.Reply postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Gets a page and posts its form {@code form} as if the button {@code button} were pressed, with
   * the page's own view-state key and the given fields (their names without the form's prefix).
   */
  Api.Reply press(String path, String form, String button, Map<String, String> fields) {
    return press(path, form, button, fields, this);
  }

  /** As {@link #press}, with the form posted through {@code poster} (another server). */
  public Api.Reply press(
      String path, String form, String button, Map<String, String> fields, PageSession poster) {
    Api.Reply page = get(path);
    if (page.status() != 200) {
      return page;
    }
    // The page's hidden fields as a browser sends them: the view-state key, and the form's own
    // marker (MyFaces decodes a form only when its "<form>_SUBMIT" field is there).
    Map<String, String> post = new LinkedHashMap<>();
    Matcher hidden = HIDDEN_INPUT.matcher(page.body());
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        String field = name.group(1);
        if (field.equals("jakarta.faces.ViewState") || field.startsWith(form + "_")) {
          post.put(field, value.find() ? unescape(value.group(1)) : "");
        }
      }
    }
    if (!post.containsKey("jakarta.faces.ViewState") || !post.containsKey(form + "_SUBMIT")) {
      throw new AssertionError(path + " has no form " + form + " with a view state:\n" + page);
    }
    post.put(form, form);
    fields.forEach((name, value) -> post.put(form + ":" + name, value));
    post.put(form + ":" + button, button);
    boolean multipart =
        Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*multipart/form-data")
            .matcher(page.body())
            .find();
    return multipart ? poster.postMultipart(path, post) : poster.postForm(path, post);
  }

  /** Text fields as a browser posts a form with a file field ({@code multipart/form-data}). */
  Api.Reply postMultipart(String path, Map<String, String> fields) {
    String boundary = "barometer-" + java.util.UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  Api.Reply post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  Api.Reply send(String method, String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    String page = path.startsWith("/") ? path.substring(1) : path;
    return HttpRequest.newBuilder(base.resolve(page)).timeout(Duration.ofSeconds(60));
  }

  private Api.Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(
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

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
