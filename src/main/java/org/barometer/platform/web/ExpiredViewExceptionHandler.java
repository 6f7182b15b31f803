package org.barometer.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Sends a form whose view cannot be restored to a friendly "page expired" page. That happens after
 * a long pause, and also to a forged cross-site post, whose view-state key the server never issued:
 * in both cases no action has run.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

  public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      while (thrown instanceof FacesException && !(thrown instanceof ViewExpiredException)) {
        thrown = thrown.getCause();
      }
      if (thrown instanceof ViewExpiredException) {
        events.remove();
        redirectToExpiredPage();
      }
    }
    getWrapped().handle();
  }

  private static void redirectToExpiredPage() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      var external = context.getExternalContext();
      external.redirect(external.getRequestContextPath() + "/expired.xhtml");
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
      return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
