package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser is told and what it is refused, tried as an attacker would with raw HTTP: the
 * security headers on pages and API answers, a change through the API from another site's page with
 * credentials the browser remembers, a single sign-on cookie saved before logging out, guessing a
 * password, and plain HTTP from another computer.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserDefencesIT {

  /**
   * HTTP/1.1: the client's HTTP/2 upgrade can wait forever on an answer that closes the connection,
   * as a refusal does.
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static final Pattern COOKIE = Pattern.compile("^([^=]+)=([^;]*)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
    // (A staff page's answer before login is the container's redirect, with no content; /health
    // and /openapi are Liberty's own applications.)
    for (String path : List.of("/", "/login.xhtml", "/api/surveys", "/meetings/abc")) {
      HttpResponse<String> reply = send(request(path).header("Authorization", basic("viewer")));
      var headers = reply.headers();
      assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
      assertTrue(
          headers
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("frame-ancestors 'none'"),
          path + ": " + headers.map());
      assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
      assertTrue(headers.firstValue("Cache-Control").orElse("").contains("no-store"), path);
      // Plain HTTP: browsers ignore HSTS there, so it is not sent.
      assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), path);
    }
    HttpResponse<String> behindTls = send(request("/").header("X-Forwarded-Proto", "https"));
    assertTrue(
        behindTls
            .headers()
            .firstValue("Strict-Transport-Security")
            .orElse("")
            .contains("max-age="));
  }

  @Test
  void aChangeFromAnotherSitesPageIsRefusedEvenWithRememberedCredentials() throws Exception {
    String code = "xsite" + Long.toString(System.nanoTime() % 1_000_000, 36);
    String survey =
        "{\"code\":\"" + code + "\",\"name\":\"Cross-site\",\"templateCode\":\"business-climate\"}";
    for (String[] forged :
        List.of(
            new String[] {"Origin", "http://evil.example"},
            new String[] {"Sec-Fetch-Site", "cross-site"},
            new String[] {"Origin", "null"})) {
      HttpResponse<String> reply =
          send(
              request("/api/surveys")
                  .header("Authorization", basic("analyst"))
                  .header("Content-Type", "application/json")
                  .header(forged[0], forged[1])
                  .POST(HttpRequest.BodyPublishers.ofString(survey)));
      assertEquals(403, reply.statusCode(), forged[0] + ": " + reply.body());
      assertTrue(reply.body().contains("another site"), reply.body());
    }
    assertEquals(404, Api.analyst(base).get("/api/surveys/" + code).status(), "nothing created");

    // The same request from Barometer's own page goes through.
    String self = base.getProtocol() + "://" + base.getAuthority();
    HttpResponse<String> own =
        send(
            request("/api/surveys")
                .header("Authorization", basic("analyst"))
                .header("Content-Type", "application/json")
                .header("Origin", self)
                .POST(HttpRequest.BodyPublishers.ofString(survey)));
    assertEquals(201, own.statusCode(), "Origin " + self + ": " + own.body());
  }

  @Test
  void aSingleSignOnCookieSavedBeforeLogoutOpensNothingAfter() throws Exception {
    // As a browser: the staff page redirects to the login and sets the cookie saying where to
    // return, the form is posted with it, and the answer sets the single sign-on cookie.
    String returnTo = cookies(send(request("/staff/index.xhtml")));
    HttpResponse<String> login =
        send(
            request("/j_security_check")
                .header("Cookie", returnTo)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=viewer&j_password="
                            + URLEncoder.encode("viewer-demo", StandardCharsets.UTF_8))));
    String token = cookie(login, "LtpaToken2");
    String saved = "LtpaToken2=" + token;
    assertEquals(200, send(request("/api/surveys").header("Cookie", saved)).statusCode());
    HttpResponse<String> staffPage = send(request("/staff/index.xhtml").header("Cookie", saved));
    assertEquals(200, staffPage.statusCode());
    assertTrue(staffPage.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertEquals("DENY", staffPage.headers().firstValue("X-Frame-Options").orElse(""));

    HttpResponse<String> logout = send(request("/logout").header("Cookie", saved));
    assertEquals(302, logout.statusCode(), "logout redirects to the front page");

    assertEquals(401, send(request("/api/surveys").header("Cookie", saved)).statusCode());
    assertNotEquals(
        200,
        send(request("/staff/index.xhtml").header("Cookie", saved)).statusCode(),
        "the staff page after logout");

    // The same user logging in again at once is not taken for the logged-out token.
    String again = cookies(send(request("/staff/index.xhtml")));
    HttpResponse<String> relogin =
        send(
            request("/j_security_check")
                .header("Cookie", again)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=viewer&j_password="
                            + URLEncoder.encode("viewer-demo", StandardCharsets.UTF_8))));
    String fresh = "LtpaToken2=" + cookie(relogin, "LtpaToken2");
    assertEquals(
        200,
        send(request("/staff/index.xhtml").header("Cookie", fresh)).statusCode(),
        "logging in again after logout: "
            + (fresh.equals(saved) ? "the same token" : "a new token"));
  }

  @Test
  void loggingOutInOneBrowserLeavesTheSameUsersOtherBrowserLoggedIn() {
    // Two browsers of one user (a desk and a laptop, or two tests): Liberty's authentication cache
    // hands both logins the same single sign-on token unless it is switched off, and logging out
    // in one then ends the other as well.
    PageSession desk = PageSession.login(base, "viewer", "viewer-demo");
    PageSession laptop = PageSession.login(base, "viewer", "viewer-demo");
    assertEquals(200, laptop.get("/staff/index.xhtml").status());
    assertEquals(302, desk.get("/logout").status());
    assertNotEquals(200, desk.get("/staff/index.xhtml").status(), "the desk is logged out");
    assertEquals(200, laptop.get("/staff/index.xhtml").status(), "the laptop is still logged in");
  }

  @Test
  void guessingAPasswordIsSlowedDownOverBasicAndTheFormAlike() throws Exception {
    // 5 failures of a name from one address are free, the 6th makes the next attempt wait 1 s.
    for (int i = 1; i <= 6; i++) {
      assertEquals(401, send(api("organiser", "guess" + i)).statusCode(), "guess " + i);
    }
    HttpResponse<String> refused = send(api("organiser", "organiser-demo"));
    assertEquals(429, refused.statusCode(), "even the right password waits: " + refused.body());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
    assertTrue(refused.body().contains("\"message\""), refused.body());
    HttpResponse<String> form = send(formLogin("organiser", "organiser-demo"));
    assertEquals(302, form.statusCode());
    assertTrue(
        form.headers().firstValue("Location").orElse("").contains("login.xhtml?wait=1"),
        "the form login shares the count: " + form.headers().map());

    Thread.sleep(1_100);
    HttpResponse<String> wrongForm = send(formLogin("organiser", "guess7"));
    assertTrue(
        wrongForm.headers().firstValue("Location").orElse("").contains("failed=true"),
        wrongForm.headers().map().toString());
    // The form's failure counted: the 7th makes the next attempt wait 2 s.
    HttpResponse<String> stillWaiting = send(api("organiser", "organiser-demo"));
    assertEquals(429, stillWaiting.statusCode(), stillWaiting.body());
    assertEquals("2", stillWaiting.headers().firstValue("Retry-After").orElse(""));

    Thread.sleep(2_100);
    assertEquals(200, send(api("organiser", "organiser-demo")).statusCode());
    assertEquals(401, send(api("organiser", "guess8")).statusCode(), "a success forgets");
    assertEquals(200, send(api("organiser", "organiser-demo")).statusCode());
  }

  @Test
  void plainHttpFromAnotherComputerIsRefused() throws Exception {
    // This machine's own network address: a connection to it does not come from loopback.
    String address = networkAddress();
    for (String path : List.of("/", "/login.xhtml", "/api/surveys", "/s/abc")) {
      URI elsewhere = new URI("http", null, address, base.getPort(), path, null, null);
      HttpResponse<String> reply =
          send(
              HttpRequest.newBuilder(elsewhere)
                  .timeout(Duration.ofSeconds(30))
                  .header("X-Forwarded-Proto", "https"));
      assertEquals(403, reply.statusCode(), path + " through " + address);
      assertTrue(reply.body().contains("HTTPS only"), reply.body());
    }
    URI formLogin = new URI("http", null, address, base.getPort(), "/j_security_check", null, null);
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(formLogin)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=viewer&j_password=x")));
    assertEquals(403, login.statusCode(), "a password posted over plain HTTP is not checked");
    assertEquals(200, send(request("/")).statusCode(), "this computer may use plain HTTP");
  }

  private static String networkAddress() throws IOException {
    for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(face.getInetAddresses())) {
        if (face.isUp() && address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return address.getHostAddress();
        }
      }
    }
    throw new AssertionError("this machine has no network address besides loopback");
  }

  private HttpRequest.Builder api(String user, String password) {
    return request("/api/surveys").header("Authorization", basic(user, password));
  }

  private HttpRequest.Builder formLogin(String user, String password) {
    return request("/j_security_check")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "j_username="
                    + user
                    + "&j_password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path.substring(1)))
        .timeout(Duration.ofSeconds(30));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return basic(user, user + "-demo");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The cookies a reply sets, as the Cookie header of the next request. */
  private static String cookies(HttpResponse<?> reply) {
    return String.join(
        "; ",
        reply.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
  }

  private static String cookie(HttpResponse<?> reply, String name) {
    for (String header : reply.headers().allValues("Set-Cookie")) {
      Matcher m = COOKIE.matcher(header);
      if (m.find() && m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new AssertionError("no " + name + " cookie in " + reply.headers().map());
  }
}
