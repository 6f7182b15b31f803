package org.barometer.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Answers a page address whose parameters cannot be read ({@code cycle.xhtml?id=abc}, {@code
 * compare.xhtml?before=x} without {@code after}) with the friendly "page does not exist" page and
 * 404, instead of rendering the page without its subject, which ended in a 500 with half a page and
 * a stack trace in the log for every such request.
 *
 * <p>On a first request (not a form post) only the view parameters are converted and checked, so a
 * failed check there means the address names nothing this page can show. A form post that fails its
 * checks is left alone: its page shows the messages.
 */
public class UnknownAddress implements PhaseListener {

  private static final long serialVersionUID = 1L;

  private static final String ERROR_PAGE = "/error.xhtml";

  private static final Logger LOG = Logger.getLogger(UnknownAddress.class.getName());

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before the checks
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() && context.isValidationFailed()) {
      notFound(context, "its address parameters cannot be read");
    }
  }

  /**
   * Answers 404 with the error page in place of the page asked for, if nothing of the answer has
   * been sent yet. The error page is rendered in this same request, not by {@code sendError}: the
   * container would render it inside this Faces request and end its context under it. Logs one
   * line: the page, never its parameters (a personal link's token may be one).
   *
   * @return whether the 404 could still be sent
   */
  static boolean notFound(FacesContext context, String why) {
    var external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      return false;
    }
    String page = context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId();
    LOG.info(() -> page + " answered 404: " + why);
    // The conversion messages belong to a page that is not shown; left, Faces logs each one.
    for (Iterator<FacesMessage> messages = context.getMessages(); messages.hasNext(); ) {
      messages.next();
      messages.remove();
    }
    external.responseReset();
    external.setResponseStatus(404);
    external.getRequestMap().put(RequestDispatcher.ERROR_STATUS_CODE, 404);
    ViewHandler views = context.getApplication().getViewHandler();
    UIViewRoot errorPage = views.createView(context, ERROR_PAGE);
    context.setViewRoot(errorPage);
    if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      try {
        views.getViewDeclarationLanguage(context, ERROR_PAGE).buildView(context, errorPage);
        views.renderView(context, errorPage);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    } else {
      context.renderResponse();
    }
    return true;
  }
}
