package org.barometer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.barometer.shared.PersonalToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The address of a respondent's personal link, from the public address of the server. */
@ApplicationScoped
public class PersonalLinks {

  /** The path the answer page is reached by; the token follows it. */
  public static final String PATH = "/s/";

  @Inject
  @ConfigProperty(name = "barometer.public.url")
  String publicUrl;

  public String of(PersonalToken token) {
    return publicUrl.replaceAll("/+$", "") + PATH + token.value();
  }
}
