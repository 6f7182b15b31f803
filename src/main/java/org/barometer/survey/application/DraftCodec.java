package org.barometer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.survey.domain.response.RawAnswers;

/** Saved answers as JSON text: question code to the values given. */
@ApplicationScoped
public class DraftCodec {

  private static final Type TYPE =
      new LinkedHashMap<String, List<String>>() {}.getClass().getGenericSuperclass();
  private final Jsonb jsonb = JsonbBuilder.create();

  public String encode(RawAnswers answers) {
    return jsonb.toJson(answers.asMap());
  }

  public RawAnswers decode(String json) {
    Map<String, List<String>> map = jsonb.fromJson(json, TYPE);
    return RawAnswers.of(map);
  }
}
