package org.barometer.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.platform.security.Public;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language a visitor reads the pages in: nb, sv or en. It starts from the browser's preference
 * (falling back to the municipality's language) and follows the visitor's choice for the rest of
 * the session.
 */
@Public
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "barometer.language", defaultValue = "nb")
  String municipalityLanguage;

  private Language language;

  public Language getLanguage() {
    if (language == null) {
      language = fromBrowser();
    }
    return language;
  }

  public Locale getLocale() {
    return getLanguage().locale();
  }

  /**
   * The locale code PrimeFaces' widgets (date pickers) know the language by: it ships Norwegian as
   * "no", not "nb".
   */
  public String getWidgetLocale() {
    return getLanguage() == Language.NB ? "no" : getLanguage().tag();
  }

  /** Switches language; stays on the same view, keeping what was typed. */
  public void choose(String tag) {
    language = Language.fromTag(tag);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
  }

  /** A text of a questionnaire in the chosen language. */
  public String text(LocalizedText text) {
    return text == null ? "" : text.in(getLanguage());
  }

  private Language fromBrowser() {
    var context = FacesContext.getCurrentInstance();
    if (context != null) {
      var preferred = context.getExternalContext().getRequestLocales();
      while (preferred.hasNext()) {
        String tag = preferred.next().getLanguage();
        if (tag.equals("nb")
            || tag.equals("no")
            || tag.equals("nn")
            || tag.equals("sv")
            || tag.equals("en")) {
          return Language.fromTag(tag);
        }
      }
    }
    return Language.fromTag(municipalityLanguage);
  }
}
