package org.barometer.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * 16 clients submitting answers through the load balancer of {@link TwoInstances}; one server is
 * killed with SIGKILL after 6 s and the clients go on for 6 s more. Then each acknowledged token is
 * submitted again through the load balancer (to the survivor): 409 means its answer was kept, 201
 * that it was lost.
 */
final class KillUnderLoad {

  private static final int CLIENTS = 16;

  private KillUnderLoad() {}

  /** What the database holds for the cycle: responses and invitations marked answered. */
  interface Database {
    long[] responsesAndAnswered(long cycle) throws Exception;
  }

  record Outcome(
      long cycleId,
      int acknowledged,
      int acknowledgedAfterKill,
      int unanswered,
      Map<Integer, Integer> refused,
      long responses,
      long answered,
      int kept,
      int lost) {

    boolean passed() {
      return lost == 0
          && kept == acknowledged
          && responses == answered
          && responses >= acknowledged
          && acknowledgedAfterKill > 0;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "SIGKILL under %d clients through nginx: acknowledged %d (%d of them after the kill),"
              + " %d replies lost with the connection, refused %s; the database holds %d responses"
              + " and %d invitations answered (%d stored whose reply never came); of the"
              + " acknowledged, %d kept and %d lost (submitted again through the survivor)",
          CLIENTS,
          acknowledged,
          acknowledgedAfterKill,
          unanswered,
          refused,
          responses,
          answered,
          responses - acknowledged,
          kept,
          lost);
    }
  }

  static Outcome run(URI lb, SubmissionBenchmark.Invited invited, Process victim, Database db)
      throws Exception {
    CrashTest.Load load = new CrashTest.Load(lb, invited.tokens(), CLIENTS);
    load.start();
    Thread.sleep(6_000);
    TwoInstances.log("SIGKILL to two-a, pid " + victim.pid() + ", under load");
    victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int atKill = load.acknowledged.size();
    Thread.sleep(6_000);
    load.stop();
    List<String> acknowledged = new ArrayList<>(load.acknowledged);
    long[] stored = db.responsesAndAnswered(invited.cycleId());
    int kept = 0;
    int lost = 0;
    URI responses = lb.resolve("/api/responses");
    for (int i = 0; i < acknowledged.size(); i++) {
      int status = CrashTest.submit(responses, acknowledged.get(i), i);
      kept += status == 409 ? 1 : 0;
      lost += status == 201 ? 1 : 0;
    }
    Map<Integer, Integer> refused = new TreeMap<>();
    load.refused.forEach((status, n) -> refused.put(status, n.get()));
    return new Outcome(
        invited.cycleId(),
        acknowledged.size(),
        acknowledged.size() - atKill,
        load.unanswered.get(),
        refused,
        stored[0],
        stored[1],
        kept,
        lost);
  }
}
