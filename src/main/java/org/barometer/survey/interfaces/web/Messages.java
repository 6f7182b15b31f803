package org.barometer.survey.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;

/**
 * Runs a staff action and tells the outcome on the page: the success message, or each problem the
 * application found (with its row and field for files) as an error beside the form.
 */
final class Messages {

  private Messages() {}

  static boolean attempt(Runnable action, String success) {
    try {
      action.run();
      info(success);
      return true;
    } catch (InvalidInputException e) {
      error(e.getMessage());
      e.problems()
          .forEach(
              p ->
                  error(
                      (p.row() > 0 ? "Row " + p.row() + ", " : "")
                          + (p.field() == null ? "" : p.field() + " ")
                          + (p.value() == null ? "" : "'" + p.value() + "': ")
                          + p.message()));
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations()
          .forEach(v -> error(lastNode(v.getPropertyPath().toString()) + " " + v.getMessage()));
    } catch (ConflictException | NotFoundException e) {
      error(e.getMessage());
    }
    return false;
  }

  static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
