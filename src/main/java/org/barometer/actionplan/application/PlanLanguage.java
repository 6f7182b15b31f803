package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.Plans;
import org.barometer.platform.i18n.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language an action plan's owners are written to in: the plan's municipality's (bokmål in
 * Norway, Swedish in Sweden), else the server's {@code barometer.language}. Owners are other
 * departments, the business council or NHO of the same municipality, so its language is theirs.
 */
@ApplicationScoped
public class PlanLanguage {

  @Inject Plans plans;

  @Inject
  @ConfigProperty(name = "barometer.language", defaultValue = "nb")
  String municipalityLanguage;

  public Language of(String planId) {
    return plans.all().stream()
        .filter(p -> p.id().equals(planId))
        .findFirst()
        .map(PlanEntry::country)
        .map(PlanLanguage::ofCountry)
        .orElse(Language.fromTag(municipalityLanguage));
  }

  static Language ofCountry(String country) {
    return "SE".equalsIgnoreCase(country) ? Language.SV : Language.NB;
  }
}
