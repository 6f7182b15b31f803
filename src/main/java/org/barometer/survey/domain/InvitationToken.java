package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.barometer.shared.PersonalToken;

/**
 * The hash of one personal link's token. The token itself exists only in the link sent to the
 * business; the database cannot give it back. Each mailing issues a new token for the same
 * invitation, and all of them keep working until the business has answered.
 *
 * <p>A link {@linkplain #handedOut handed out} to staff for a mail merge is one that staff could
 * open themselves. It therefore opens only a draft saved through that very link, never the draft a
 * business saved through a link Barometer mailed, and an answer given through it is recorded as
 * such on the invitation ({@link Invitation#answeredThroughHandout}).
 */
@Entity
@Table(name = "invitation_token")
@NamedQuery(
    name = "InvitationToken.find",
    query = "select t from InvitationToken t join fetch t.invitation where t.tokenHash = :hash")
public class InvitationToken {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "invitation_id")
  private Invitation invitation;

  /** What {@link #savedThrough} says for every link Barometer mailed: they share one draft. */
  public static final String MAILED = "mailed";

  @Column(name = "handed_out", nullable = false)
  private boolean handedOut;

  protected InvitationToken() {}

  private InvitationToken(PersonalToken token, Invitation invitation, boolean handedOut) {
    this.tokenHash = token.hash();
    this.invitation = invitation;
    this.handedOut = handedOut;
  }

  /** A link that Barometer mails itself: nobody else ever sees it. */
  public static InvitationToken mailed(PersonalToken token, Invitation invitation) {
    return new InvitationToken(token, invitation, false);
  }

  /** A link given to staff, to send with a program of their own. */
  public static InvitationToken handedOut(PersonalToken token, Invitation invitation) {
    return new InvitationToken(token, invitation, true);
  }

  public Invitation invitation() {
    return invitation;
  }

  public boolean handedOut() {
    return handedOut;
  }

  /**
   * The draft this link reads and writes: the one all mailed links share, or one of its own for a
   * handed-out link.
   */
  public String savedThrough() {
    return handedOut ? tokenHash : MAILED;
  }
}
