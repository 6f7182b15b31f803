package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.barometer.meeting.domain.Engagement;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.survey.domain.register.OrgNumber;

/**
 * For staff: a business's engagement in the dialogue over time, from its registrations only. It
 * never reads survey answers, which are anonymous and have nothing that leads to a business.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class EngagementService {

  MeetingTransactions tx;
  RegistrationRepository registrations;

  protected EngagementService() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public EngagementService(MeetingTransactions tx, RegistrationRepository registrations) {
    this.tx = tx;
    this.registrations = registrations;
  }

  /** Meetings registered, attended and missed by the business with this org number. */
  public Engagement engagement(String orgNumber) {
    String digits;
    try {
      digits = OrgNumber.parse(orgNumber).value();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("orgNumber", e.getMessage());
    }
    return tx.inTransaction(() -> Engagement.of(digits, registrations.engagement(digits)));
  }
}
