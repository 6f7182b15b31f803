package org.barometer.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.barometer.platform.error.NotFoundException;

/**
 * A page asked for something that does not exist ({@code cycle.xhtml?id=999999}): the friendly
 * "page does not exist" page with 404, logged in one line, rather than a 500 with a stack trace.
 * Found however deep the {@link NotFoundException} sits in the EL and Faces exceptions around it.
 */
public class NotFoundExceptionHandler extends ExceptionHandlerWrapper {

  public NotFoundExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      NotFoundException notFound = notFoundIn(events.next().getContext().getException());
      if (notFound != null
          && UnknownAddress.notFound(FacesContext.getCurrentInstance(), notFound.getMessage())) {
        events.remove();
      }
    }
    getWrapped().handle();
  }

  private static NotFoundException notFoundIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NotFoundException e) {
        return e;
      }
    }
    return null;
  }

  /** Installs the handler (faces-config.xml). */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new NotFoundExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
