package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A viewer who posts a staff form by hand runs nothing. The shipped pages hide what a viewer may
 * not do ({@code rendered=}), and Faces does not decode a hidden button; the server check behind
 * that ({@code @StaffAction}) is shown with a page this test adds to the deployment, which offers
 * every staff action with no guard of its own, as a careless new page would.
 */
@ExtendWith(ArquillianExtension.class)
class StaffFormsIT {

  /** Every staff action of the page beans, as a page calls it. */
  private static final List<String> STAFF_ACTIONS =
      List.of(
          "surveysPage.createSurvey",
          "surveysPage.createCycle",
          "surveysPage.reloadTemplates",
          "plansPage.copy",
          "plansPage.upload(null)",
          "plansPage.storeVersion",
          "plansPage.cancelVersion",
          "planEditorPage.save",
          "cyclePage.open",
          "cyclePage.close",
          "cyclePage.uploadRegister",
          "cyclePage.sendInvitations",
          "cyclePage.sendReminders",
          "cyclePage.downloadLinks",
          "cyclePage.downloadAnswers",
          "cyclePage.importAnswers",
          "importPage.upload(null)",
          "importPage.importTables",
          "importPage.startAgain",
          "meetingsPage.createForum",
          "meetingsPage.load",
          "meetingsPage.saveMeeting",
          "meetingAdminPage.load",
          "meetingAdminPage.changeCapacity",
          "meetingAdminPage.cancelRegistration(1)",
          "meetingAdminPage.cancelMeeting",
          "meetingAdminPage.notifyRegistrants",
          "meetingAdminPage.retryUnsent",
          "meetingAdminPage.sendFeedback",
          "meetingInvitationsPage.invite",
          "minutesEditor.saveMinutes",
          "minutesEditor.addFollowUp",
          "minutesEditor.markFollowUp(1, 'DONE')",
          "minutesEditor.mailMinutes",
          "meetingInvitationsPage.inviteGuest",
          "checkInPage.here(1)",
          "checkInPage.absent(1)",
          "checkInPage.undo(1)",
          "checkInPage.walkIn",
          "peoplePage.showEngagement",
          "peoplePage.export",
          "peoplePage.erase");

  private static final String CARELESS_PAGE = "/staff/careless.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war()
        .addAsWebResource(new StringAsset(carelessPage()), "staff/careless.xhtml");
  }

  /** A form with a button for each staff action and a viewer's own, none of them hidden. */
  private static String carelessPage() {
    String buttons =
        IntStream.range(0, STAFF_ACTIONS.size())
            .mapToObj(
                i ->
                    "<h:commandButton id=\"a"
                        + i
                        + "\" value=\"a"
                        + i
                        + "\" action=\"#{"
                        + STAFF_ACTIONS.get(i)
                        + "}\"/>")
            .collect(Collectors.joining("\n"));
    return """
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html">
        <h:head><title>careless</title></h:head>
        <h:body>
        <h:form id="f">
        <h:messages id="messages"/>
        <h:inputText id="code" value="#{surveysPage.code}"/>
        <h:inputText id="name" value="#{surveysPage.name}"/>
        <h:commandButton id="show" value="show" action="#{seriesPage.show}"/>
        %s
        </h:form>
        </h:body>
        </html>
        """
        .formatted(buttons);
  }

  @ArquillianResource URL base;

  @Test
  void aViewerIsRefusedEveryStaffActionAndNoneRuns() {
    String before = snapshot();
    PageSession viewer = PageSession.login(base, "viewer", "viewer-demo");
    Map<String, String> refusedNot = new LinkedHashMap<>();
    for (int i = 0; i < STAFF_ACTIONS.size(); i++) {
      var reply =
          viewer.press(
              CARELESS_PAGE, "f", "a" + i, Map.of("code", "viewer-made-" + i, "name", "Viewer"));
      if (reply.status() != 403 || !saysForbidden(reply.body())) {
        refusedNot.put(
            STAFF_ACTIONS.get(i),
            reply.status() + (refusedNot.isEmpty() ? " " + reply.body() : ""));
      }
    }
    assertEquals(Map.of(), refusedNot, "actions that did not answer 403 to a viewer");
    assertEquals(before, snapshot(), "nothing was created or changed");
  }

  @Test
  void theRefusalIsTheGuardsNotABrokenPost() {
    // The same post by an analyst runs: the viewer's 403 comes from the role, not from the form.
    PageSession analyst = PageSession.login(base, "analyst", "analyst-demo");
    var created =
        analyst.press(
            CARELESS_PAGE, "f", "a0", Map.of("code", "careless-analyst", "name", "By analyst"));
    assertEquals(200, created.status(), created.body());
    assertTrue(
        Api.analyst(base).get("/api/surveys").body().contains("careless-analyst"),
        "the analyst's post created the survey: " + created.body());
    // And a viewer's own action on the page (reading a series) is not refused.
    PageSession viewer = PageSession.login(base, "viewer", "viewer-demo");
    assertEquals(200, viewer.press(CARELESS_PAGE, "f", "show", Map.of()).status());
  }

  @Test
  void aViewerPostingTheShippedSurveyFormCreatesNothing() {
    PageSession viewer = PageSession.login(base, "viewer", "viewer-demo");
    var reply =
        viewer.press(
            "/staff/index.xhtml",
            "surveys",
            "create",
            Map.of(
                "code", "viewer-real",
                "name", "By viewer",
                "template", "business-climate",
                "minGroup", "5"));
    assertTrue(reply.status() == 200 || reply.status() == 403, reply.toString());
    assertFalse(reply.body().contains("viewer-real"), reply.body());
    assertFalse(
        Api.analyst(base).get("/api/surveys").body().contains("viewer-real"),
        "the viewer's post created no survey");
  }

  @Test
  void theAnalystsAndOrganisersPagesAreClosedToAViewer() {
    PageSession viewer = PageSession.login(base, "viewer", "viewer-demo");
    for (String page :
        List.of(
            "/staff/surveys/cycle.xhtml",
            "/staff/statistics/import.xhtml",
            "/staff/goals/edit.xhtml",
            "/staff/meetings/index.xhtml",
            "/staff/meetings/meeting.xhtml",
            "/staff/meetings/checkin.xhtml",
            "/staff/meetings/people.xhtml")) {
      assertEquals(403, viewer.get(page).status(), page);
      assertEquals(403, viewer.postForm(page, Map.of("x", "y")).status(), page);
    }
  }

  /** The error page's refusal, in whichever of the pages' languages it was rendered. */
  private static boolean saysForbidden(String page) {
    return List.of(
            "Brukeren din har ikke tilgang",
            "Din användare har inte tillgång",
            "does not have access")
        .stream()
        .anyMatch(page::contains);
  }

  /** What staff can see of surveys, plans, forums and meetings, to compare before and after. */
  private String snapshot() {
    return String.join(
        "\n",
        Api.analyst(base).get("/api/surveys").body(),
        Api.analyst(base).get("/api/plans").body(),
        Api.organiser(base).get("/api/forums").body(),
        Api.organiser(base).get("/api/meetings").body());
  }
}
