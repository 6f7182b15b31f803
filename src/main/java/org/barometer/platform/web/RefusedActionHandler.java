package org.barometer.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import org.barometer.platform.security.ActionRefusedException;

/**
 * Answers a staff action refused for want of a role ({@link ActionRefusedException}) with 403 and
 * the error page, rather than as a server failure: the action has not run, and the user learns it
 * is not theirs to do. Only a hand-made post meets this; the pages hide what a user may not do.
 */
public class RefusedActionHandler extends ExceptionHandlerWrapper {

  private static final String ERROR_PAGE = "/error.xhtml";

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

  /**
   * Renders the error page with 403 in this request's own render phase. ({@code sendError} would
   * run the error page as a nested Faces request at once, which ends this request's FacesContext
   * under the handlers still to run.)
   */
  private static void forbid() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
    external
        .getRequestMap()
        .put(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_FORBIDDEN);
    context.setViewRoot(context.getApplication().getViewHandler().createView(context, ERROR_PAGE));
    context.getPartialViewContext().setRenderAll(true);
    context.renderResponse();
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
