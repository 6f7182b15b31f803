package org.barometer.statistics.infrastructure.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.KlassChanges;
import org.barometer.statistics.application.MunicipalityChangeSource;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.infrastructure.fetch.klass.KlassClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link MunicipalityChangeSource} from SSB's KLASS itself. One client lives as long as the
 * application, so every fetch shares one rate limiter. Configuration: {@value #KLASS_KEY} (KLASS's
 * base address, for a mirror or a proxy) and {@link OfficeFetch#TIMEOUT_KEY}.
 */
@ApplicationScoped
public class KlassFetch implements MunicipalityChangeSource {

  public static final String KLASS_KEY = "barometer.statistics.klass.base-url";

  private KlassClient client;

  protected KlassFetch() {}

  @Inject
  public KlassFetch(
      @ConfigProperty(name = KLASS_KEY, defaultValue = "https://data.ssb.no/api/klass/v1")
          String klassUrl,
      @ConfigProperty(name = OfficeFetch.TIMEOUT_KEY, defaultValue = "PT60S") Duration timeout) {
    this(URI.create(klassUrl.strip()), timeout, TimeSource.system());
  }

  /** With an explicit address and clock, for tests. */
  public KlassFetch(URI klassUrl, Duration timeout, TimeSource time) {
    this.client = KlassClient.of(klassUrl, timeout, time);
  }

  @Override
  public KlassChanges.Read municipalityChanges(LocalDate from, LocalDate to)
      throws FetchException, ImportException {
    return client.municipalityChanges(from, to);
  }
}
