package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.barometer.shared.PersonalToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The address an owner reports from: {@value #PATH} and the personal token. */
@ApplicationScoped
public class StatusLinks {

  public static final String PATH = "/status/";

  @Inject
  @ConfigProperty(name = "barometer.public.url")
  String publicUrl;

  protected StatusLinks() {}

  public StatusLinks(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public String of(PersonalToken token) {
    return publicUrl.replaceAll("/+$", "") + PATH + token.value();
  }
}
