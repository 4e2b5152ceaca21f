package org.depeche.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLexiconTest {

    @ParameterizedTest
    @CsvSource({
        "fr, attaqué, Conflict.Attack, PP",
        "fr, attaqueront, Conflict.Attack, FUT",
        "fr, reçoivent, Transaction.Transfer-Ownership, PRS",
        "fr, livraisons, Transaction.Transfer-Ownership, PL",
        "fr, élue, Personnel.Elect, PP",
        "fr, démissionnait, Personnel.End-Position, IMP",
        "en, attacked, Conflict.Attack, PP",
        "en, resigned, Personnel.End-Position, PP"})
    void shouldExpandLemmasIntoInflectedForms(String lang, String form, String type, String tag) {
        EventLexicon lx = EventLexicon.forLanguage(lang);
        assertThat(lx.forms.get(form)).isNotNull()
                .anySatisfy(f -> {
                    assertThat(f.entry().type()).isEqualTo(type);
                    assertThat(f.tag()).isEqualTo(tag);
                });
    }

    @ParameterizedTest
    @CsvSource({"fr, d', de", "fr, l’, le", "fr, sur, sur"})
    void shouldRestoreElidedPrepositions(String lang, String form, String full) {
        assertThat(EventLexicon.forLanguage(lang).full(form)).isEqualTo(full);
    }

    @ParameterizedTest
    @CsvSource({"fr", "en"})
    void shouldGiveEveryTriggerFrameAtLeastOneRole(String lang) {
        EventLexicon lx = EventLexicon.forLanguage(lang);
        lx.forms.values().forEach(list -> list.forEach(f ->
                assertThat(lx.frames.get(f.entry().frame())).as(f.entry().frame()).isNotEmpty()));
        lx.forms.values().forEach(list -> list.forEach(f ->
                assertThat(lx.typeRoles).as(f.entry().type()).containsKey(f.entry().type())));
    }
}
