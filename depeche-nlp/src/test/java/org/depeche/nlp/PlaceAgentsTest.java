package org.depeche.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceAgentsTest {

    private static final PlaceAgents EN = PlaceAgents.load("en");

    /** "word/TAG/lemma" tokens; a place mention is written [ … ]. */
    private static boolean[] agents(String annotated) {
        List<PlaceAgents.Word> words = new ArrayList<>();
        List<PlaceAgents.Span> places = new ArrayList<>();
        int open = -1;
        for (String t : annotated.split(" ")) {
            if (t.equals("[")) {
                open = words.size();
                continue;
            }
            if (t.equals("]")) {
                places.add(new PlaceAgents.Span(open, words.size()));
                continue;
            }
            String[] f = t.split("/");
            words.add(new PlaceAgents.Word(f[0], f[1], f.length > 2 ? f[2] : f[0].toLowerCase()));
        }
        return EN.agents(words, places);
    }

    @Test
    void shouldReadACountryThatActsAsAnAgent() {
        assertThat(agents("[ France/NNP ] signed/VBD/sign the/DT accord/NN ./.")).containsExactly(true);
        assertThat(agents("In/IN 1990/CD ,/, [ Japan/NNP ] quietly/RB withdrew/VBD/withdraw its/PRP$ envoy/NN ./."))
                .containsExactly(true);
        assertThat(agents("They/PRP said/VBD/say that/IN the/DT [ United/NNP States/NNPS ] would/MD impose/VB/impose "
                + "tariffs/NNS ./.")).containsExactly(true);
    }

    @Test
    void shouldLetCoordinatedCountriesShareTheSubject() {
        assertThat(agents("[ Peru/NNP ] and/CC [ Chile/NNP ] have/VBP/have agreed/VBN/agree ./."))
                .containsExactly(true, true);
    }

    @Test
    void shouldKeepAPlaceThatIsOnlyAPlace() {
        // copula, spatial verb, possession
        assertThat(agents("[ Peru/NNP ] is/VBZ/be a/DT large/JJ country/NN ./.")).containsExactly(false);
        assertThat(agents("[ Chile/NNP ] borders/VBZ/border the/DT ocean/NN ./.")).containsExactly(false);
        assertThat(agents("[ Norway/NNP ] has/VBZ/have many/JJ fjords/NNS ./.")).containsExactly(false);
        // a passive subject is a patient
        assertThat(agents("[ Poland/NNP ] was/VBD/be divided/VBN/divide ./.")).containsExactly(false);
        // not the subject: after a preposition, or inside a longer subject
        assertThat(agents("Ships/NNS from/IN [ Peru/NNP ] arrived/VBD/arrive ./.")).containsExactly(false);
        assertThat(agents("The/DT envoys/NNS and/CC [ Peru/NNP ] agreed/VBD/agree ./.")).containsExactly(false);
        assertThat(agents("Cities/NNS such/JJ as/IN [ Peru/NNP ] grew/VBD/grow ./.")).containsExactly(false);
    }

    @Test
    void shouldLeaveNonPolitiesAsPlaces() {
        assertThat(agents("[ Kilimanjaro/NNP ] dominates/VBZ/dominate the/DT plain/NN ./.")).containsExactly(false);
        assertThat(agents("the/DT [ Ruritanian/NNP Empire/NNP ] invaded/VBD/invade the/DT valley/NN ./."))
                .containsExactly(true);
    }

    @Test
    void shouldReadAPolityAfterAnAgentOrAdversaryPrepositionAsTheStateActing() {
        assertThat(agents("The/DT islands/NNS were/VBD/be annexed/VBN/annex by/IN [ Peru/NNP ] ./."))
                .containsExactly(true);
        assertThat(agents("the/DT war/NN against/IN [ Chile/NNP ] ended/VBD/end ./.")).containsExactly(true);
    }

    @Test
    void shouldKeepAPlaceAfterBySpatialVerbs() {
        assertThat(agents("It/PRP is/VBZ/be bordered/VBN/border by/IN [ Peru/NNP ] ./.")).containsExactly(false);
        assertThat(agents("The/DT race/NN was/VBD/be hosted/VBN/host by/IN [ Lima/NNP ] ./.")).containsExactly(false);
    }
}
