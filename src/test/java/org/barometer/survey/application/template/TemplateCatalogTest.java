package org.barometer.survey.application.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {

  @TempDir Path dir;

  private static String template(String code, int version) {
    return """
        code: %s
        version: %d
        title: {nb: x, sv: x, en: x}
        sections:
          - title: {nb: x, sv: x, en: x}
            questions:
              - code: q1
                type: text
                text: {nb: x, sv: x, en: x}
        """
        .formatted(code, version);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void shippedFolderLoadsCleanly() {
    CatalogLoad load = TemplateCatalog.load(Path.of("surveys"));
    assertEquals(List.of(), load.problems());
    assertEquals(
        Set.of("business-climate", "service-satisfaction", "meeting-feedback"),
        load.catalog().codes());
  }

  @Test
  void brokenFileDoesNotStopTheOthers() throws IOException {
    write("a.yaml", template("alpha", 1));
    write("b.yaml", template("beta", 1).replace("type: text", "type: txt"));
    write("c.yml", template("gamma", 1));
    write("d.yaml", "");
    write("notes.txt", "not a template");
    CatalogLoad load = TemplateCatalog.load(dir);
    assertEquals(Set.of("alpha", "gamma"), load.catalog().codes());
    assertEquals(2, load.problems().size(), load.problems()::toString);
    TemplateException typo = load.problems().get(0);
    assertEquals("b.yaml", typo.fileName());
    assertEquals(8, typo.line());
    assertEquals("sections[0].questions[0].type", typo.path());
    assertEquals("d.yaml", load.problems().get(1).fileName());
  }

  @Test
  void keepsEveryVersionAndTheSourceText() throws IOException {
    write("alpha-v1.yaml", template("alpha", 1));
    write("alpha-v2.yaml", template("alpha", 2));
    CatalogLoad load = TemplateCatalog.load(dir);
    assertFalse(load.hasProblems());
    TemplateCatalog catalog = load.catalog();
    assertEquals(2, catalog.latest("alpha").orElseThrow().version());
    assertEquals("alpha-v1.yaml", catalog.get("alpha", 1).orElseThrow().fileName());
    assertEquals(template("alpha", 1), catalog.get("alpha", 1).orElseThrow().sourceText());
    assertEquals(2, catalog.versions("alpha").size());
    assertTrue(catalog.latest("nope").isEmpty());
    assertTrue(catalog.get("alpha", 3).isEmpty());
  }

  @Test
  void sameCodeAndVersionInTwoFilesIsAProblemForBoth() throws IOException {
    write("alpha.yaml", template("alpha", 1));
    write("alpha-copy.yaml", template("alpha", 1));
    write("beta.yaml", template("beta", 1));
    CatalogLoad load = TemplateCatalog.load(dir);
    assertEquals(Set.of("beta"), load.catalog().codes());
    assertEquals(2, load.problems().size());
    for (TemplateException problem : load.problems()) {
      assertTrue(problem.problem().contains("version 1 is defined in more than one file"));
    }
  }

  @Test
  void invalidEncodingAndMissingFolderAreProblems() throws IOException {
    Files.write(dir.resolve("latin1.yaml"), new byte[] {'c', 'o', 'd', 'e', ':', ' ', (byte) 0xE6});
    CatalogLoad load = TemplateCatalog.load(dir);
    assertEquals(1, load.problems().size());
    assertTrue(load.problems().get(0).problem().contains("UTF-8"));

    CatalogLoad missing = TemplateCatalog.load(dir.resolve("nowhere"));
    assertTrue(missing.catalog().isEmpty());
    assertEquals(1, missing.problems().size());
  }
}
