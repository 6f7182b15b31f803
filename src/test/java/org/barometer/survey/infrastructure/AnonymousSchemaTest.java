package org.barometer.survey.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anonymity by construction, checked on the schema the migrations build: the tables holding answers
 * have no column, key or time that could lead back to an invitation or a business.
 */
class AnonymousSchemaTest {

  private static Connection db;

  @BeforeAll
  static void migrate() throws SQLException {
    String url = "jdbc:h2:mem:anonymity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    db = DriverManager.getConnection(url, "sa", "");
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  @Test
  void responsesHoldOnlyARandomIdTheCycleAndTheirSource() throws SQLException {
    assertEquals(List.of("cycle_id", "id", "source"), columns("response"));
    assertEquals(List.of("survey_cycle"), referencedTables("response"));
  }

  @Test
  void aMeetingsFeedbackInvitationsNameNobody() throws SQLException {
    // an invitation names a business or nobody; who was mailed a meeting's feedback link is kept
    // apart, with nothing that leads to an invitation or a link
    assertEquals(List.of("business", "survey_cycle"), referencedTables("invitation"));
    assertEquals(
        List.of("meeting_registration", "survey_cycle"), referencedTables("meeting_feedback_mail"));
    assertEquals(
        List.of("cycle_id", "registration_id", "sent_at"), columns("meeting_feedback_mail"));
  }

  @Test
  void answersReferOnlyToTheirResponse() throws SQLException {
    assertEquals(
        List.of(
            "choice",
            "dont_know",
            "number_value",
            "ordinal",
            "question_code",
            "response_id",
            "text_value"),
        columns("answer"));
    assertEquals(List.of("response"), referencedTables("answer"));
  }

  @Test
  void noAnswerTableRecordsATime() throws SQLException {
    Set<Integer> times =
        Set.of(
            Types.DATE,
            Types.TIME,
            Types.TIMESTAMP,
            Types.TIME_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE);
    for (String table : List.of("response", "answer")) {
      try (var rs = db.getMetaData().getColumns(null, null, table, null)) {
        while (rs.next()) {
          assertTrue(
              !times.contains(rs.getInt("DATA_TYPE")),
              table + "." + rs.getString("COLUMN_NAME") + " records a time");
        }
      }
    }
  }

  @Test
  void theResponseKeyIsNotASequence() throws SQLException {
    try (var rs = db.getMetaData().getColumns(null, null, "response", "id")) {
      rs.next();
      assertEquals(Types.VARCHAR, rs.getInt("DATA_TYPE"), "a random UUID, not a number");
      assertEquals("NO", rs.getString("IS_AUTOINCREMENT"));
    }
  }

  @Test
  void nothingReferencesAResponseButItsAnswers() throws SQLException {
    List<String> referencing = new ArrayList<>();
    try (var rs = db.getMetaData().getExportedKeys(null, null, "response")) {
      while (rs.next()) {
        referencing.add(rs.getString("FKTABLE_NAME"));
      }
    }
    assertEquals(List.of("answer"), referencing);
  }

  @Test
  void theInvitationRecordsThatItWasAnsweredButNotWhen() throws SQLException {
    List<String> columns = columns("invitation");
    assertTrue(columns.contains("answered"));
    assertTrue(
        columns.stream().noneMatch(c -> c.startsWith("answered_") || c.contains("response")),
        columns.toString());
  }

  private static List<String> columns(String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (var rs = db.getMetaData().getColumns(null, null, table, null)) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME"));
      }
    }
    return names.stream().sorted().toList();
  }

  private static List<String> referencedTables(String table) throws SQLException {
    DatabaseMetaData meta = db.getMetaData();
    List<String> names = new ArrayList<>();
    try (var rs = meta.getImportedKeys(null, null, table)) {
      while (rs.next()) {
        names.add(rs.getString("PKTABLE_NAME"));
      }
    }
    return names.stream().distinct().sorted().toList();
  }
}
