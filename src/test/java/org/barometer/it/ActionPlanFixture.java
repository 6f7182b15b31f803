package org.barometer.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.barometer.actionplan.domain.ActionPlan;
import org.barometer.actionplan.domain.ActionPlanRepository;
import org.barometer.actionplan.domain.Activity;
import org.barometer.actionplan.domain.ActivityStatus;
import org.barometer.actionplan.domain.Owner;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;

/**
 * Test-only: makes an action plan with activities through the repository, inside the server, for
 * the status round tests. It is added to the deployed WAR by {@link StatusRoundsData#war()} and
 * never ships; the action plans' own API belongs to another part of the application and is not what
 * these tests test.
 */
@Path("/it-fixture/action-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class ActionPlanFixture {

  /** An activity; ownerEmail null for none; status, when given, is reported by "fixture". */
  public record NewActivity(
      String title, String ownerName, String ownerUnit, String ownerEmail, String status) {}

  public record NewActionPlan(
      String planId, String title, int year, List<NewActivity> activities) {}

  public record Made(long id, List<Long> activities) {}

  @Inject ActionPlanRepository repository;

  @POST
  @Transactional
  public Made make(NewActionPlan plan) {
    Instant now = Instant.now();
    ActionPlan actionPlan = ActionPlan.forYear(plan.planId(), plan.title(), plan.year(), now);
    repository.add(actionPlan);
    List<Long> ids = new ArrayList<>();
    int position = 0;
    for (NewActivity a : plan.activities()) {
      Activity activity = new Activity(actionPlan, position++, a.title(), Set.of("g1"), now);
      if (a.ownerEmail() != null) {
        activity.assign(new Owner(a.ownerName(), a.ownerUnit(), a.ownerEmail()), now);
      }
      repository.add(activity);
      if (a.status() != null) {
        repository.add(
            activity.report(
                ActivityStatus.valueOf(a.status()),
                "Cause",
                "Action",
                null,
                "fixture",
                null,
                now.minusSeconds(3600)));
      }
      ids.add(activity.id());
    }
    return new Made(actionPlan.id(), ids);
  }
}
