package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Answers a respondent has saved to finish later. Unlike a response, a draft belongs to an
 * invitation (that is how the same link finds it again), so it is deleted in the very transaction
 * that stores the anonymous response. It also belongs to the kind of link it was saved through
 * ({@link InvitationToken#savedThrough}), so that a link staff hold never shows what a business
 * saved.
 */
@Entity
@Table(name = "response_draft")
@IdClass(ResponseDraft.Key.class)
@NamedQuery(
    name = "ResponseDraft.delete",
    query = "delete from ResponseDraft d where d.invitationId = :invitationId")
public class ResponseDraft {

  @Id
  @Column(name = "invitation_id")
  private Long invitationId;

  @Id
  @Column(name = "saved_through")
  private String savedThrough;

  @Column(nullable = false)
  private String answers;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected ResponseDraft() {}

  public ResponseDraft(InvitationToken link, String answers, Instant now) {
    this.invitationId = link.invitation().id();
    this.savedThrough = link.savedThrough();
    replace(answers, now);
  }

  public void replace(String answers, Instant now) {
    this.answers = answers;
    this.savedAt = now;
  }

  public String answers() {
    return answers;
  }

  public Instant savedAt() {
    return savedAt;
  }

  /**
   * The primary key: the invitation and the kind of link. A class, not a record, because JPA builds
   * it with a constructor without arguments and sets its fields.
   */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long invitationId;
    private String savedThrough;

    public Key() {}

    public Key(InvitationToken link) {
      this.invitationId = link.invitation().id();
      this.savedThrough = link.savedThrough();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(invitationId, key.invitationId)
          && Objects.equals(savedThrough, key.savedThrough);
    }

    @Override
    public int hashCode() {
      return Objects.hash(invitationId, savedThrough);
    }
  }
}
