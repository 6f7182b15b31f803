package org.barometer.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON-B: the defaults, except that whole numbers and dates in requests are read strictly
 * ({@link StrictNumbers}, {@link StrictDates}), so an out-of-range value is refused by name instead
 * of being narrowed or stored.
 */
@Provider
public class JsonReading implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(
                  new StrictNumbers.Integers(), new StrictNumbers.Longs(), new StrictDates.Days()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
