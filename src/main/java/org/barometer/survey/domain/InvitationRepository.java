package org.barometer.survey.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The business register, invitations, their personal links and saved drafts. */
public interface InvitationRepository {

  List<Business> businesses(Collection<String> orgNumbers);

  void add(Business business);

  Optional<Invitation> invitation(long id);

  /** The invitation a personal link leads to, if the token is one that was issued. */
  Optional<Invitation> byToken(PersonalToken token);

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
  boolean markAnswered(Invitation invitation);

  Optional<ResponseDraft> draft(Invitation invitation);

  void add(ResponseDraft draft);

  void removeDraft(Invitation invitation);

  /** Invited and answered per stratum (industry × size class). */
  List<StratumProgress> progress(SurveyCycle cycle);
}
