package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.barometer.meeting.application.RegisterLookup;

/** Reads the survey feature's business register table (org number, name, e-mail) and no more. */
@ApplicationScoped
public class JdbcRegisterLookup implements RegisterLookup {

  JdbcMeetingTransactions tx;

  protected JdbcRegisterLookup() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcRegisterLookup(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public List<RegisteredBusiness> businesses(List<String> orgNumbers) {
    List<RegisteredBusiness> out = new ArrayList<>();
    for (String org : orgNumbers.stream().distinct().toList()) {
      Rows.one(
              tx.connection(),
              "select org_number, name, email from business where org_number = ?",
              rs -> new RegisteredBusiness(rs.getString(1), rs.getString(2), rs.getString(3)),
              org)
          .ifPresent(out::add);
    }
    return out;
  }

  @Override
  public List<BusinessProfile> profiles(List<String> orgNumbers) {
    List<BusinessProfile> out = new ArrayList<>();
    for (String org : orgNumbers.stream().distinct().toList()) {
      Rows.one(
              tx.connection(),
              "select org_number, nace, employees from business where org_number = ?",
              rs -> new BusinessProfile(rs.getString(1), rs.getString(2), rs.getInt(3)),
              org)
          .ifPresent(out::add);
    }
    return out;
  }
}
