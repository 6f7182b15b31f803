package org.barometer.goals.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.barometer.goals.application.RankEntry;

/**
 * A rank as stored in {@code goal_rank_entry}, keyed by what it ranks: publisher, ranking, part,
 * group, municipality and period. The application speaks {@link RankEntry}; this row is only how it
 * is kept.
 */
@Entity
@Table(name = "goal_rank_entry")
@IdClass(StoredRank.Key.class)
@NamedQuery(
    name = "StoredRank.findByMunicipality",
    query =
        "select r from StoredRank r where r.municipality = :municipality"
            + " order by r.publisher, r.ranking, r.category, r.within, r.period")
class StoredRank {

  /**
   * The natural key of a rank. A class, not a record: JPA sets an id class's fields one by one,
   * which a record's final fields do not allow.
   */
  static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String publisher;
    String ranking;
    String category;
    String within;
    String municipality;
    String period;

    Key() {}

    static Key of(RankEntry e) {
      Key key = new Key();
      key.publisher = e.publisher();
      key.ranking = e.ranking();
      key.category = e.category();
      key.within = e.within();
      key.municipality = e.municipality();
      key.period = e.period();
      return key;
    }

    private List<String> parts() {
      return Arrays.asList(publisher, ranking, category, within, municipality, period);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && parts().equals(other.parts());
    }

    @Override
    public int hashCode() {
      return parts().hashCode();
    }
  }

  @Id private String publisher;
  @Id private String ranking;
  @Id private String category;

  @Id
  @Column(name = "within_group")
  private String within;

  @Id
  @Column(name = "municipality_code")
  private String municipality;

  @Id private String period;

  @Column(name = "rank_value", nullable = false)
  private int rank;

  @Column(nullable = false)
  private String source;

  @Column(name = "published_on", nullable = false)
  private LocalDate published;

  @Column(name = "field_size")
  private Integer fieldSize;

  protected StoredRank() {}

  StoredRank(RankEntry e) {
    publisher = e.publisher();
    ranking = e.ranking();
    category = e.category();
    within = e.within();
    municipality = e.municipality();
    period = e.period();
    replaceWith(e);
  }

  /** Takes the rank, source, date and field of a new entry for the same key. */
  void replaceWith(RankEntry e) {
    rank = e.rank();
    source = e.source();
    published = e.published();
    fieldSize = e.fieldSize();
  }

  RankEntry entry() {
    return new RankEntry(
        publisher,
        ranking,
        category,
        within,
        municipality,
        period,
        rank,
        source,
        published,
        fieldSize);
  }
}
