package org.barometer.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

  private static boolean crossSite(Map<String, String> headers) {
    return CrossSiteRequests.fromAnotherSite(headers::get, "https://barometer.kommune.example");
  }

  @Test
  void programsSendNeitherHeaderAndAreNotCrossSite() {
    assertFalse(crossSite(Map.of("Host", "barometer.example")));
  }

  @Test
  void fetchMetadataDecidesWhereABrowserSendsIt() {
    assertFalse(crossSite(Map.of("Sec-Fetch-Site", "same-origin", "Host", "b.example")));
    assertFalse(crossSite(Map.of("Sec-Fetch-Site", "none", "Host", "b.example")));
    assertTrue(crossSite(Map.of("Sec-Fetch-Site", "cross-site", "Host", "b.example")));
    // A sibling subdomain is another site as far as Barometer is concerned.
    assertTrue(crossSite(Map.of("Sec-Fetch-Site", "same-site", "Host", "b.example")));
    // Fetch metadata wins over a matching Origin.
    assertTrue(
        crossSite(
            Map.of(
                "Sec-Fetch-Site",
                "cross-site",
                "Origin",
                "http://b.example",
                "Host",
                "b.example")));
  }

  @Test
  void anOriginMustNameThisHostAndPort() {
    assertFalse(crossSite(Map.of("Origin", "http://localhost:9080", "Host", "localhost:9080")));
    assertTrue(crossSite(Map.of("Origin", "http://evil.example", "Host", "localhost:9080")));
    assertTrue(crossSite(Map.of("Origin", "http://localhost:9081", "Host", "localhost:9080")));
    assertTrue(crossSite(Map.of("Origin", "null", "Host", "localhost:9080")));
    assertTrue(crossSite(Map.of("Origin", "http://a b", "Host", "localhost:9080")));
  }

  @Test
  void behindAProxyThePublicAddressIsThisSiteToo() {
    assertFalse(
        crossSite(Map.of("Origin", "https://barometer.kommune.example", "Host", "10.0.0.5:9080")));
    assertFalse(crossSite(Map.of("Origin", "https://barometer.kommune.example")));
    assertTrue(crossSite(Map.of("Origin", "https://kommune.example", "Host", "10.0.0.5:9080")));
  }
}
