package org.barometer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.Problem;
import org.barometer.shared.PersonalToken;
import org.barometer.survey.domain.Business;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.Invitation;
import org.barometer.survey.domain.InvitationRepository;
import org.barometer.survey.domain.InvitationToken;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.register.RegisterCsvReader;
import org.barometer.survey.domain.register.RegisterEntry;
import org.barometer.survey.domain.register.RegisterRejectedException;

/**
 * Inviting the business register to a cycle, and issuing the personal links. A register file is
 * taken whole or not at all: one bad row refuses the file, with every bad row listed.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

  @Inject SurveyService surveys;
  @Inject InvitationRepository invitations;
  @Inject PersonalLinks links;

  /**
   * Reads the register, updates the businesses it names and invites those not yet invited to the
   * cycle.
   */
  public RegisterImport importRegister(long cycleId, String fileName, String csv) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    if (cycle.status() == CycleStatus.CLOSED) {
      throw new ConflictException("cycle", "The cycle " + cycle.label() + " is closed");
    }
    List<RegisterEntry> entries = read(fileName, csv);
    Instant now = Instant.now();
    Map<String, Business> known =
        invitations.businesses(entries.stream().map(e -> e.orgNumber().value()).toList()).stream()
            .collect(Collectors.toMap(Business::orgNumber, Function.identity()));
    var alreadyInvited =
        invitations.invitations(cycle).stream()
            .map(i -> i.business().orgNumber())
            .collect(Collectors.toCollection(HashSet::new));
    int invited = 0;
    for (RegisterEntry entry : entries) {
      Business business = known.get(entry.orgNumber().value());
      if (business == null) {
        business = new Business(entry, now);
        invitations.add(business);
      } else {
        business.update(entry, now);
      }
      if (alreadyInvited.add(business.orgNumber())) {
        invitations.add(
            new Invitation(
                cycle,
                business,
                String.valueOf(entry.industrySection()),
                entry.sizeClass().code()));
        invited++;
      }
    }
    return new RegisterImport(entries.size(), invited, entries.size() - invited);
  }

  /**
   * Issues personal links that name nobody ({@link Invitation#anonymous}), for people whose answers
   * must not be traceable to them even through the database. The caller deals them out and keeps no
   * record of who got which.
   */
  public List<AnonymousLink> issueAnonymousLinks(long cycleId, int count) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    if (cycle.status() != CycleStatus.OPEN) {
      throw new ConflictException("cycle", "The cycle " + cycle.label() + " is not open");
    }
    List<AnonymousLink> issued = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Invitation invitation = Invitation.anonymous(cycle);
      invitations.add(invitation);
      PersonalToken token = PersonalToken.generate();
      invitations.add(InvitationToken.mailed(token, invitation));
      issued.add(new AnonymousLink(invitation.id(), links.of(token)));
    }
    return issued;
  }

  /** A link that names nobody, and its invitation (to withdraw it if it cannot be delivered). */
  public record AnonymousLink(long invitationId, String link) {}

  /** Withdraws an unanswered anonymous link that could not be delivered. */
  public void withdraw(long invitationId) {
    invitations
        .invitation(invitationId)
        .filter(i -> i.business() == null && !i.answered())
        .ifPresent(invitations::remove);
  }

  /**
   * A new personal link for the invitation, for Barometer to mail; the links issued before keep
   * working.
   */
  public PersonalToken issueToken(long invitationId) {
    Invitation invitation =
        invitations
            .invitation(invitationId)
            .orElseThrow(() -> new IllegalArgumentException("No invitation " + invitationId));
    PersonalToken token = PersonalToken.generate();
    invitations.add(InvitationToken.mailed(token, invitation));
    return token;
  }

  /**
   * New personal links for every business that has not answered, for a mail merge in another
   * program. Links issued before keep working. Staff see these links, so they are {@linkplain
   * InvitationToken#handedOut handed out}: they do not open a business's saved draft, and an answer
   * given through one is counted as such.
   */
  public List<PersonalLink> issueLinks(long cycleId) {
    return invitations.unanswered(surveys.cycle(cycleId)).stream()
        .map(
            invitation -> {
              PersonalToken token = PersonalToken.generate();
              invitations.add(InvitationToken.handedOut(token, invitation));
              return new PersonalLink(invitation.business(), links.of(token));
            })
        .toList();
  }

  /** {@link #issueLinks} as CSV (org_number, name, email, link) for a mail merge. */
  public String issueLinksCsv(long cycleId) {
    return LinksCsv.write(issueLinks(cycleId));
  }

  /** Records that the invitation (or a reminder) was mailed. */
  public void recordMailing(long invitationId) {
    invitations.invitation(invitationId).ifPresent(i -> i.recordMailing(Instant.now()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Invitation> invitations(long cycleId) {
    return invitations.invitations(surveys.cycle(cycleId));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Invitation> unanswered(long cycleId) {
    return invitations.unanswered(surveys.cycle(cycleId));
  }

  private static List<RegisterEntry> read(String fileName, String csv) {
    try {
      return new RegisterCsvReader().read(fileName, new StringReader(csv));
    } catch (RegisterRejectedException e) {
      throw new InvalidInputException(
          "file",
          e.getMessage(),
          e.problems().stream()
              .map(p -> new Problem(p.row(), p.field(), p.value(), p.message()))
              .toList());
    }
  }
}
