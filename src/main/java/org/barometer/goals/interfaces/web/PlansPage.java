package org.barometer.goals.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.Plans;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.infrastructure.planfile.PlanFileException;
import org.barometer.goals.infrastructure.planfile.PlanFileReader;
import org.barometer.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/** The municipality's plans, and (for analysts) a plan file to import. */
@Named
@ViewScoped
public class PlansPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Plans plans;

  public List<PlanEntry> getPlans() {
    return plans.all();
  }

  /** Reads the dropped plan file; a bad one is refused with its line and place in the plan. */
  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    try {
      byte[] bytes = event.getFile().getInputStream().readNBytes(4 * PlanFileReader.MAX_CHARS + 1);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      Plan plan = plans.importFile(name, text);
      Messages.info(Messages.text("goals.plans.imported", plan.title()));
    } catch (CharacterCodingException e) {
      Messages.error(Messages.text("goals.plans.notUtf8", name));
    } catch (PlanFileException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
