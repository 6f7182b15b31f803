package org.barometer.survey.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.survey.application.template.CatalogLoad;
import org.barometer.survey.application.template.LoadedTemplate;
import org.barometer.survey.application.template.TemplateCatalog;
import org.barometer.survey.application.template.TemplateException;
import org.barometer.survey.application.template.TemplateParser;
import org.barometer.survey.domain.FrozenTemplate;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The questionnaire templates of the {@code surveys/} folder, loaded at start and again on demand.
 * A broken file is reported and left out; the others stay usable.
 *
 * <p>New cycles take a template's latest version. A cycle's own questionnaire is always parsed from
 * the text it froze, so reloading the folder never changes a running or closed cycle.
 */
@ApplicationScoped
public class TemplateLibrary {

  private static final Logger LOG = Logger.getLogger(TemplateLibrary.class.getName());

  @Inject
  @ConfigProperty(name = "barometer.surveys.dir")
  String directory;

  private volatile CatalogLoad catalog;
  private final Map<Long, QuestionnaireTemplate> byCycle = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    reload();
  }

  /** Reads the folder again; returns what was loaded and what was refused. */
  public synchronized CatalogLoad reload() {
    CatalogLoad loaded = TemplateCatalog.load(Path.of(directory));
    loaded.problems().forEach(p -> LOG.warning(() -> "Template refused: " + p.getMessage()));
    LOG.info(
        () -> loaded.catalog().all().size() + " questionnaire templates loaded from " + directory);
    catalog = loaded;
    return loaded;
  }

  /** What the last load found: templates and refused files. */
  public CatalogLoad catalog() {
    return catalog;
  }

  /** The latest version of a template, for a new survey or cycle. */
  public LoadedTemplate latest(String code) {
    return catalog
        .catalog()
        .latest(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "templateCode", "There is no usable questionnaire template '" + code + "'"));
  }

  public FrozenTemplate frozen(String code) {
    LoadedTemplate latest = latest(code);
    return new FrozenTemplate(code, latest.template().version(), latest.sourceText());
  }

  /** The questionnaire a cycle asks, from the text it froze. */
  public QuestionnaireTemplate of(SurveyCycle cycle) {
    return byCycle.computeIfAbsent(cycle.id(), id -> parseFrozen(cycle.template()));
  }

  private static QuestionnaireTemplate parseFrozen(FrozenTemplate frozen) {
    try {
      return new TemplateParser().parse(frozen.code() + " v" + frozen.version(), frozen.text());
    } catch (TemplateException e) {
      throw new IllegalStateException("A frozen template no longer parses: " + e.getMessage(), e);
    }
  }
}
