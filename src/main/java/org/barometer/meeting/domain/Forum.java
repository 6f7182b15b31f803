package org.barometer.meeting.domain;

import java.util.List;
import java.util.Objects;

/**
 * A recurring kind of meeting (a breakfast club, a business council, the yearly round-table talk)
 * with the person or unit that organises it and the strategic areas of the plan it serves.
 *
 * @param id null before it is stored
 */
public record Forum(
    Long id, String name, String organiser, String description, List<String> strategicAreas) {

  public Forum {
    name = Text.required("name", name, 200);
    organiser = Text.required("organiser", organiser, 200);
    description = Text.optional("description", description, 10_000);
    strategicAreas =
        Objects.requireNonNullElse(strategicAreas, List.<String>of()).stream()
            .map(a -> Text.required("strategicAreas", a, 200))
            .distinct()
            .toList();
  }

  public Forum withId(long newId) {
    return new Forum(newId, name, organiser, description, strategicAreas);
  }
}
