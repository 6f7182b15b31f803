package org.barometer.meeting.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registrant;

/**
 * A person as both registration tables hold one ({@code meeting_registration} and {@code
 * meeting_registration_request}): the same columns, read in one place.
 */
final class RegistrantRows {

  private RegistrantRows() {}

  /** The person of the current row. */
  static Registrant read(ResultSet rs) throws SQLException {
    return new Registrant(
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("org_number"),
        rs.getString("company_name"),
        rs.getString("job_role"),
        rs.getString("dietary_needs"),
        rs.getString("access_needs"),
        ParticipantKind.valueOf(rs.getString("participant_kind")));
  }
}
