package org.barometer.survey.application.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.barometer.survey.domain.template.BackgroundKind;
import org.barometer.survey.domain.template.Condition;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

/** The templates in {@code surveys/} are what production loads; they must always parse. */
class ShippedTemplatesTest {

  private static final Path SURVEYS = Path.of("surveys");

  private static QuestionnaireTemplate load(String file) throws Exception {
    return new TemplateParser().parse(file, Files.readString(SURVEYS.resolve(file)));
  }

  @Test
  void businessClimate() throws Exception {
    QuestionnaireTemplate t = load("business-climate.yaml");
    assertEquals("business-climate", t.code());
    assertEquals(
        List.of(BackgroundKind.INDUSTRY, BackgroundKind.SIZE, BackgroundKind.YEARS),
        t.backgroundQuestions().stream().map(Question::background).toList());
    Question industry = t.question("industry").orElseThrow();
    assertEquals(21, industry.options().size());
    assertEquals("A", industry.options().get(0).code());
    assertEquals("U", industry.options().get(20).code());
    assertEquals(
        List.of("0-4", "5-19", "20-99", "100+"),
        t.question("size").orElseThrow().options().stream().map(o -> o.code()).toList());
    assertEquals(
        new Condition("permit_applied", Set.of("yes")),
        t.question("sat_building_permits").orElseThrow().showIf());
    Question overall = t.question("overall_climate").orElseThrow();
    assertEquals(6, overall.scale().points());
    assertTrue(overall.scale().dontKnow());
    assertEquals(5, overall.scale().topBoxFrom());
    assertFalse(t.question("comments").orElseThrow().required());

    IndexDefinition satisfaction = t.index("satisfaction").orElseThrow();
    assertEquals(
        List.of(
            "sat_business_land",
            "sat_building_permits",
            "sat_business_development",
            "sat_cooperation"),
        List.copyOf(satisfaction.weights().keySet()));
    assertEquals(0.5, satisfaction.minAnsweredShare());
    assertEquals(3, t.index("image").orElseThrow().weights().size());
    assertEquals(Set.of("overall_climate"), t.index("overall").orElseThrow().weights().keySet());
  }

  @Test
  void serviceSatisfaction() throws Exception {
    QuestionnaireTemplate t = load("service-satisfaction.yaml");
    assertEquals(6, t.question("area").orElseThrow().options().size());
    IndexDefinition nki = t.index("nki").orElseThrow();
    assertEquals(3, nki.weights().size());
    for (String code : nki.weights().keySet()) {
      assertEquals(10, t.question(code).orElseThrow().scale().points(), code);
    }
    for (String factor :
        List.of(
            "information",
            "accessibility",
            "treatment",
            "competence",
            "legal_certainty",
            "efficiency")) {
      IndexDefinition index = t.index(factor).orElseThrow();
      Question item = t.question("factor_" + factor).orElseThrow();
      assertEquals(Set.of(item.code()), index.weights().keySet());
      assertEquals(6, item.scale().points());
      assertEquals("nki", index.driverOf(), factor + " drives NKI in the priority matrix");
    }
    assertEquals(2, t.backgroundQuestions().size());
  }

  @Test
  void meetingFeedback() throws Exception {
    QuestionnaireTemplate t = load("meeting-feedback.yaml");
    assertEquals(
        List.of(QuestionType.SCALE, QuestionType.SINGLE, QuestionType.TEXT),
        t.questions().stream().map(Question::type).toList());
    assertEquals(5, t.question("usefulness").orElseThrow().scale().points());
  }

  @Test
  void readmeExampleParses() throws Exception {
    String readme = Files.readString(SURVEYS.resolve("README.md"));
    int start = readme.lastIndexOf("```yaml\ncode: example");
    String yaml = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 7));
    QuestionnaireTemplate t = new TemplateParser().parse("README.md", yaml);
    assertEquals(3, t.questions().size());
    assertEquals(Set.of("1", "2"), t.question("why_not").orElseThrow().showIf().anyOf());
    assertEquals(100000.0, t.question("employees").orElseThrow().range().max());
  }
}
