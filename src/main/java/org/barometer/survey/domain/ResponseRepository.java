package org.barometer.survey.domain;

import java.util.List;

/** Anonymous responses. */
public interface ResponseRepository {

  void add(Response response);

  long count(SurveyCycle cycle);

  /** A cycle's responses with their answers, in the order of their random identifiers. */
  List<Response> responses(SurveyCycle cycle);
}
