package org.barometer.statistics.application;

import java.time.LocalDate;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Where the municipal code changes come from: SSB's KLASS classification 131 (municipalities), its
 * change list. Implemented by the KLASS client in {@code infrastructure.fetch.klass}; {@link
 * MunicipalityCodes} reaches it only through this port.
 */
public interface MunicipalityChangeSource {

  /**
   * The changes that occurred from {@code from} to {@code to}, as KLASS lists them.
   *
   * @throws FetchException when KLASS cannot be reached, refuses or fails
   * @throws ImportException when its answer is not a change list Barometer can read
   */
  KlassChanges.Read municipalityChanges(LocalDate from, LocalDate to)
      throws FetchException, ImportException;
}
