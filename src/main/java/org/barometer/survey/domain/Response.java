package org.barometer.survey.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One business's submitted answers, anonymous by construction: a random identifier (not a sequence,
 * whose order could be matched with the order in which invitations were answered), the cycle, and
 * no time at all. Nothing here, and no key, leads back to the invitation or the business.
 */
@Entity
@Table(name = "response")
@NamedQuery(
    name = "Response.countByCycle",
    query = "select count(r) from Response r where r.cycleId = :cycleId")
public class Response {

  /** Where a response came from: answered here, or imported from a cycle run in another tool. */
  public enum Source {
    WEB,
    IMPORT
  }

  @Id private String id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Source source;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "answer", joinColumns = @JoinColumn(name = "response_id"))
  private List<Answer> answers = new ArrayList<>();

  protected Response() {}

  public Response(Long cycleId, Source source, List<Answer> answers) {
    this.id = UUID.randomUUID().toString();
    this.cycleId = cycleId;
    this.source = source;
    this.answers = new ArrayList<>(answers);
  }

  public String id() {
    return id;
  }

  public Long cycleId() {
    return cycleId;
  }

  public Source source() {
    return source;
  }

  public List<Answer> answers() {
    return List.copyOf(answers);
  }
}
