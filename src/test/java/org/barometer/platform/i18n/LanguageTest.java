package org.barometer.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void norwegianVariantsMapToBokmal() {
    assertEquals(Language.NB, Language.fromTag("nb"));
    assertEquals(Language.NB, Language.fromTag("no"));
    assertEquals(Language.NB, Language.fromTag("nn"));
    assertEquals(Language.NB, Language.fromTag("nb-NO"));
  }

  @Test
  void swedishAndOthers() {
    assertEquals(Language.SV, Language.fromTag("SV"));
    assertEquals(Language.SV, Language.fromTag("sv_FI"));
    assertEquals(Language.EN, Language.fromTag("en"));
    assertEquals(Language.EN, Language.fromTag("de"));
    assertEquals(Language.EN, Language.fromTag(""));
    assertEquals(Language.EN, Language.fromTag(null));
  }

  @Test
  void tagAndTextLookup() {
    assertEquals("nb", Language.NB.tag());
    LocalizedText t = new LocalizedText("ja", "jo", "yes");
    assertEquals("ja", t.in(Language.NB));
    assertEquals("jo", t.in(Language.SV));
    assertEquals("yes", t.in(Language.EN));
  }
}
