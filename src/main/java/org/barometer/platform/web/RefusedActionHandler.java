package org.barometer.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.barometer.platform.security.ActionRefusedException;

/**
 * Answers a staff action refused for want of a role ({@link ActionRefusedException}) with 403 and
 * the error page, rather than as a server failure: the action has not run, and the user learns it
 * is not theirs to do. Only a hand-made post meets this; the pages hide what a user may not do.
 */
public class RefusedActionHandler extends ExceptionHandlerWrapper {

  public RefusedActionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (refusal(events.next().getContext().getException())) {
        events.remove();
        forbid();
      }
    }
    getWrapped().handle();
  }

  private static boolean refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ActionRefusedException) {
        return true;
      }
    }
    return false;
  }

  private static void forbid() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getResponseComplete()) {
      return;
    }
    try {
      context.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Installs the handler (faces-config.xml). */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new RefusedActionHandler(getWrapped().getExceptionHandler());
    }
  }
}
