package org.barometer.platform.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The problems found in one uploaded file, bounded so that a wholly wrong file (say, a different
 * export with five bad fields on each of 100,000 rows) does not fill memory with messages nobody
 * will read past the first screen.
 *
 * <p>Generic in the problem type because each importer reports in its own terms (a register row
 * with the offending value, a statistics line and column); the limit and the closing note are the
 * same for all.
 *
 * @param <P> the importer's problem type
 */
public final class ProblemList<P> {

  /** How long a value quoted in a problem may be; {@link #shorten} cuts longer ones. */
  public static final int MAX_VALUE_LENGTH = 80;

  private final int maxProblems;
  private final BiFunction<P, String, P> note;
  private final List<P> problems = new ArrayList<>();
  private boolean full;

  /**
   * @param maxProblems how many problems are kept before checking stops
   * @param note makes the closing note from the first problem that did not fit, so the note points
   *     at the place where checking stopped, and the note's message
   */
  public ProblemList(int maxProblems, BiFunction<P, String, P> note) {
    this.maxProblems = maxProblems;
    this.note = Objects.requireNonNull(note, "note");
  }

  /** Records a problem; beyond the limit, records a final note instead and ignores the rest. */
  public void add(P problem) {
    if (full) {
      return;
    }
    if (problems.size() < maxProblems) {
      problems.add(problem);
      return;
    }
    full = true;
    problems.add(
        note.apply(
            problem,
            "more than "
                + maxProblems
                + " problems; the rest of the file was not checked. Is this the right file?"));
  }

  /** A value as it may be quoted in a problem: stripped, cut to {@link #MAX_VALUE_LENGTH}. */
  public static String shorten(String value) {
    if (value == null) {
      return "";
    }
    String stripped = value.strip();
    return stripped.length() <= MAX_VALUE_LENGTH
        ? stripped
        : stripped.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  /** Whether the limit was reached, so reading can stop. */
  public boolean isFull() {
    return full;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems so far, in the order found. */
  public List<P> asList() {
    return List.copyOf(problems);
  }
}
