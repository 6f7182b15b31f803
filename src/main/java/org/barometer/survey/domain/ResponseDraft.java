package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Answers a respondent has saved to finish later. Unlike a response, a draft belongs to an
 * invitation (that is how the same link finds it again), so it is deleted in the very transaction
 * that stores the anonymous response.
 */
@Entity
@Table(name = "response_draft")
@NamedQuery(
    name = "ResponseDraft.delete",
    query = "delete from ResponseDraft d where d.invitationId = :invitationId")
public class ResponseDraft {

  @Id
  @Column(name = "invitation_id")
  private Long invitationId;

  @Column(nullable = false)
  private String answers;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected ResponseDraft() {}

  public ResponseDraft(Long invitationId, String answers, Instant now) {
    this.invitationId = invitationId;
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
}
