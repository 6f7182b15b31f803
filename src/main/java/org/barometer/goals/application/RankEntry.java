package org.barometer.goals.application;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A municipality's place in a published ranking for one period, as staff enter it from the
 * publication.
 *
 * @param publisher "NHO", "Svenskt Näringsliv"
 * @param ranking "Kommune-NM", "Lokalt företagsklimat"
 * @param category a part of the ranking ("demography"), or empty for the whole
 * @param within the group ranked within ("KOSTRA group 11"), or empty for all municipalities
 * @param municipality the municipality's number
 * @param period the year (or period) ranked
 * @param rank 1 is best
 * @param fieldSize how many were ranked: the whole field, or the group ranked within (KOSTRA group
 *     11 has 10 members); null when not known. A rank outside it is refused
 * @param source where it was published (an address or a report's name)
 * @param published when
 */
public record RankEntry(
    @NotBlank @Size(max = 100) String publisher,
    @NotBlank @Size(max = 200) String ranking,
    @Size(max = 200) String category,
    @Size(max = 200) String within,
    @NotBlank @Pattern(regexp = "\\d{4}", message = "must be a four-digit municipality number")
        String municipality,
    @NotBlank @Size(max = 10) String period,
    @NotNull(message = "is required")
        @Min(value = 1, message = "must be 1 or more (1 is best)")
        @Max(value = 10_000, message = "must be at most 10000")
        Integer rank,
    @NotBlank @Size(max = 500) String source,
    @NotNull LocalDate published,
    @Min(value = 1, message = "must be 1 or more")
        @Max(value = 10_000, message = "must be at most 10000")
        Integer fieldSize) {

  /** The canonical constructor: the one JSON-B reads a request body with. */
  @JsonbCreator
  public RankEntry {
    category = category == null ? "" : category.strip();
    within = within == null ? "" : within.strip();
  }

  /** A rank whose field size is not known. */
  public RankEntry(
      String publisher,
      String ranking,
      String category,
      String within,
      String municipality,
      String period,
      Integer rank,
      String source,
      LocalDate published) {
    this(publisher, ranking, category, within, municipality, period, rank, source, published, null);
  }

  /** Whether the rank fits the field it was ranked in (always, when its size is not known). */
  public boolean fitsField() {
    return fieldSize == null || rank == null || rank <= fieldSize;
  }
}
