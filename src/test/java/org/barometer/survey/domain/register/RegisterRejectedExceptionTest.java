package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterRejectedExceptionTest {

  @Test
  void messageCountsRowsAndListsProblems() {
    var e =
        new RegisterRejectedException(
            "register.csv",
            List.of(
                new RowProblem(4, "email", "x@", "nothing after the @"),
                new RowProblem(4, "employees", "", "the number of employees is missing"),
                new RowProblem(7, "", "", "expected 5 fields as in the header, found 4")));

    assertEquals(
        "register.csv: 2 rows refused: row 4, email 'x@': nothing after the @; row 4, employees:"
            + " the number of employees is missing; row 7: expected 5 fields as in the header,"
            + " found 4",
        e.getMessage());
    assertEquals("register.csv", e.fileName());
    assertEquals(3, e.problems().size());
  }

  @Test
  void messageSummarisesBeyondTenProblems() {
    List<RowProblem> problems = new ArrayList<>();
    for (int row = 2; row < 14; row++) {
      problems.add(new RowProblem(row, "name", "", "the name is missing"));
    }

    var e = new RegisterRejectedException("r.csv", problems);

    assertTrue(e.getMessage().startsWith("r.csv: 12 rows refused: row 2, name: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; and 2 more problems"), e.getMessage());
  }

  @Test
  void needsAtLeastOneProblem() {
    assertThrows(
        IllegalArgumentException.class, () -> new RegisterRejectedException("r.csv", List.of()));
  }
}
