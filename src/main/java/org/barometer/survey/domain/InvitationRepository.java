package org.barometer.survey.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.barometer.shared.PersonalToken;

/** The business register, invitations, their personal links and saved drafts. */
public interface InvitationRepository {

  List<Business> businesses(Collection<String> orgNumbers);

  void add(Business business);

  Optional<Invitation> invitation(long id);

  /** The issued link, with its invitation, if the token is one that was issued. */
  Optional<InvitationToken> link(PersonalToken token);

  List<Invitation> invitations(SurveyCycle cycle);

  List<Invitation> unanswered(SurveyCycle cycle);

  void add(Invitation invitation);

  void add(InvitationToken token);

  /** Removes an invitation and its links, for a link that was never delivered. */
  void remove(Invitation invitation);

  /**
   * Marks the invitation answered if it was not yet. Returns false when it already was: the check
   * and the change are one statement, so two simultaneous submissions cannot both pass.
   */
  boolean markAnswered(InvitationToken link);

  /** How many of a cycle's invitations were answered through a link handed out to staff. */
  long answeredThroughHandout(SurveyCycle cycle);

  /** The draft the link reads and writes ({@link InvitationToken#savedThrough}). */
  Optional<ResponseDraft> draft(InvitationToken link);

  void add(ResponseDraft draft);

  /** Removes every draft of the invitation, whatever link it was saved through. */
  void removeDrafts(Invitation invitation);

  /** Invited and answered per stratum (industry × size class). */
  List<StratumProgress> progress(SurveyCycle cycle);
}
