package org.barometer.goals.application.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.PlanImported;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.Revision;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanVersion;
import org.barometer.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Saving from the editor goes through the plan's versions as an imported file does: version 1 of a
 * new plan, version 2 only with a reason, nothing stored while a field is wrong.
 */
class PlanEditorTest {

  private final Library library = new Library();
  private final Plans plans = new Plans(library, null, new NoEvents());
  private final PlanEditor editor = new PlanEditor(plans, null);

  @Test
  void aNewPlanIsStoredAsVersionOneInTheFileFormat() throws Exception {
    PlanDraft draft = DraftBuilderTest.drammen();
    PlanEditor.Saved saved = editor.save(draft, null, Revision.by("analyst"));
    assertEquals(1, saved.version().version().number());
    PlanLibrary.StoredVersion stored = library.version("drammen-editor", 1).orElseThrow();
    assertEquals("drammen-editor.yaml", stored.document().fileName());
    assertEquals(
        DraftBuilder.build(DraftBuilderTest.drammen()).plan().orElseThrow(),
        new PlanFileReader().read("again.yaml", stored.document().text()));
  }

  @Test
  void aWrongFieldStoresNothing() {
    PlanDraft draft = DraftBuilderTest.drammen();
    draft.getGoals().get(0).getGoals().get(0).getIndicators().get(0).getTarget().setValue("x");
    PlanEditor.Saved saved = editor.save(draft, null, Revision.by("analyst"));
    assertNull(saved.version());
    assertEquals(
        List.of("target.value"),
        saved.drafted().problems().stream().map(DraftProblem::field).toList());
    assertEquals(List.of(), library.versions("drammen-editor"));
  }

  @Test
  void aChangeNeedsAReasonAndKeepsTheFileName() {
    editor.save(DraftBuilderTest.drammen(), null, Revision.by("analyst"));
    PlanDraft changed = editor.open("drammen-editor");
    changed.getGoals().get(0).getGoals().get(0).getIndicators().get(0).getTarget().setValue("2");
    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class,
            () -> editor.save(changed, "drammen-editor", Revision.by("analyst")));
    assertEquals("reason", noReason.field());
    assertEquals(1, library.versions("drammen-editor").size());

    PlanEditor.Saved second =
        editor.save(changed, "drammen-editor", new Revision("analyst", "Raised to 2 %", null));
    assertEquals(2, second.version().version().number());
    assertEquals("Raised to 2 %", library.versions("drammen-editor").get(1).reason());
    assertTrue(
        library
            .version("drammen-editor", 2)
            .orElseThrow()
            .document()
            .text()
            .contains("percent: 2\n"));
  }

  @Test
  void aNewPlanMayNotTakeTheIdOfOneThatExists() {
    editor.save(DraftBuilderTest.drammen(), null, Revision.by("analyst"));
    PlanDraft again = DraftBuilderTest.drammen();
    again.setTitle("Another");
    PlanEditor.Saved saved = editor.save(again, null, Revision.by("analyst"));
    assertNull(saved.version());
    assertEquals("goals.editor.problem.planExists", saved.drafted().problems().get(0).key());
    assertEquals(1, library.versions("drammen-editor").size());
  }

  /** Plans in memory. */
  private static final class Library implements PlanLibrary {
    private final Map<String, List<StoredVersion>> plans = new LinkedHashMap<>();

    @Override
    public void store(Plan plan, StoredVersion version) {
      plans.computeIfAbsent(plan.id(), k -> new ArrayList<>()).add(version);
    }

    @Override
    public List<PlanEntry> all() {
      return List.of();
    }

    @Override
    public List<PlanVersion> versions(String id) {
      return plans.getOrDefault(id, List.of()).stream().map(StoredVersion::version).toList();
    }

    @Override
    public Optional<StoredVersion> version(String id, int number) {
      return plans.getOrDefault(id, List.of()).stream()
          .filter(v -> v.version().number() == number)
          .findFirst();
    }

    @Override
    public boolean remove(String id) {
      return plans.remove(id) != null;
    }
  }

  /** No one listens. */
  private static final class NoEvents implements Event<PlanImported> {
    @Override
    public void fire(PlanImported event) {}

    @Override
    public <U extends PlanImported> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends PlanImported> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<PlanImported> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends PlanImported> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends PlanImported> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
