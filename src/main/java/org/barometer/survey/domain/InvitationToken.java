package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The hash of one personal link's token. The token itself exists only in the link sent to the
 * business; the database cannot give it back. Each mailing issues a new token for the same
 * invitation, and all of them keep working until the business has answered.
 */
@Entity
@Table(name = "invitation_token")
@NamedQuery(
    name = "InvitationToken.findInvitation",
    query = "select t.invitation from InvitationToken t where t.tokenHash = :hash")
public class InvitationToken {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "invitation_id")
  private Invitation invitation;

  protected InvitationToken() {}

  public InvitationToken(PersonalToken token, Invitation invitation) {
    this.tokenHash = token.hash();
    this.invitation = invitation;
  }

  public Invitation invitation() {
    return invitation;
  }
}
