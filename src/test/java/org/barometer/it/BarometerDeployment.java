package org.barometer.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as it ships: the WAR that Maven built, deployed whole to a real Liberty by
 * Arquillian. Integration tests talk to it over HTTP only, as its users do.
 */
public final class BarometerDeployment {

  private BarometerDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("barometer.war", "target/barometer.war"));
    return ShrinkWrap.create(ZipImporter.class, "barometer.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
