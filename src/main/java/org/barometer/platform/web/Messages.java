package org.barometer.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;

/**
 * Runs a staff action and tells the outcome on the page: the success message, or each problem the
 * application found (with its row and field for files) as an error beside the form.
 */
public final class Messages {

  private Messages() {}

  /** As {@link #attempt(Runnable, String)}, for an action that tells its own outcome. */
  public static boolean attempt(Runnable action) {
    return attempt(action, null);
  }

  public static boolean attempt(Runnable action, String success) {
    try {
      action.run();
      if (success != null) {
        info(success);
      }
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

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  /** The page's text for a key of the {@code msg} bundle in the user's language, formatted. */
  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale())
        .format(arguments);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
