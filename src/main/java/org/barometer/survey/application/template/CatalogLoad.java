package org.barometer.survey.application.template;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a template folder: the templates that are fine, and one problem per file
 * that is not. Both are returned because a typo in one file must not take every survey offline; the
 * problems are for the staff page and the log.
 */
public record CatalogLoad(TemplateCatalog catalog, List<TemplateException> problems) {

  public CatalogLoad {
    Objects.requireNonNull(catalog, "catalog");
    problems = List.copyOf(problems);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
