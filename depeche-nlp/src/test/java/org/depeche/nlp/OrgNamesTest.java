package org.depeche.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.depeche.model.EntityType;
import org.junit.jupiter.api.Test;

class OrgNamesTest {

    private static final OrgNames EN = OrgNames.load("en", Set.of("President", "Lord"));

    /**
     * "word/TAG" tokens; a tagger's mention is written [TYPE … ]. Returns the mentions after the
     * rules as "TYPE:words".
     */
    private static List<String> apply(String annotated) {
        return apply(EN, annotated);
    }

    private static final OrgNames FR = OrgNames.load("fr", Set.of("Monsieur"));

    private static List<String> apply(OrgNames lexicon, String annotated) {
        List<PlaceAgents.Word> words = new ArrayList<>();
        List<OrgNames.Named> mentions = new ArrayList<>();
        int open = -1;
        EntityType type = null;
        for (String t : annotated.split(" ")) {
            if (t.startsWith("[")) {
                open = words.size();
                type = EntityType.fromTag(t.substring(1));
                continue;
            }
            if (t.equals("]")) {
                mentions.add(new OrgNames.Named(open, words.size(), type));
                continue;
            }
            String[] f = t.split("/");
            words.add(new PlaceAgents.Word(f[0], f[1], f[0].toLowerCase()));
        }
        List<String> out = new ArrayList<>();
        for (OrgNames.Named n : lexicon.apply(words, mentions)) {
            out.add(n.type().code() + ":" + String.join(" ", words.subList(n.first(), n.end()).stream()
                    .map(PlaceAgents.Word::text).toList()));
        }
        return out;
    }

    @Test
    void shouldFindAnUnlabelledNameByItsHeadNoun() {
        assertThat(apply("She/PRP joined/VBD the/DT Ruritanian/NNP Farmers/NNPS Party/NNP in/IN 1990/CD ./."))
                .containsExactly("ORG:Ruritanian Farmers Party");
        assertThat(apply("The/DT Ministry/NNP of/IN Coastal/NNP Affairs/NNPS denied/VBD it/PRP ./."))
                .containsExactly("ORG:Ministry of Coastal Affairs");
    }

    @Test
    void shouldRetypeAPlaceOrTheNamedPersonWhenTheHeadIsAnOrganisation() {
        assertThat(apply("He/PRP studied/VBD at/IN the/DT [LOC Valdoria/NNP University/NNP ] ./."))
                .containsExactly("ORG:Valdoria University");
        assertThat(apply("The/DT [PER Zorvan/NNP Empire/NNP ] fell/VBD ./.")).containsExactly("ORG:Zorvan Empire");
    }

    @Test
    void shouldKeepAPersonWhoseSurnameIsAHeadNoun() {
        assertThat(apply("[PER Anna/NNP Court/NNP ] won/VBD ./.")).containsExactly("PER:Anna Court");
    }

    @Test
    void shouldNotTakeAnEventOrATitleForAnOrganisation() {
        assertThat(apply("The/DT War/NNP of/IN the/DT Third/NNP League/NNP ended/VBD ./.")).isEmpty();
        assertThat(apply("The/DT Lord/NNP Warden/NNP of/IN the/DT Guild/NNP Council/NNP spoke/VBD ./.")).isEmpty();
    }

    @Test
    void shouldReadANameInAppositionToAKindOfOrganisation() {
        assertThat(apply("The/DT Finnish/JJ band/NN [PER Kalle/NNP Orvo/NNP ] released/VBD a/DT record/NN ./."))
                .containsExactly("ORG:Kalle Orvo");
        assertThat(apply("the/DT carmaker/NN Veltra/NNP cut/VBD jobs/NNS ./.")).containsExactly("ORG:Veltra");
        assertThat(apply("a/DT party/NN Saturday/NNP ./.")).isEmpty();
    }

    @Test
    void shouldReadPluralPartyNames() {
        assertThat(apply("The/DT Whigs/NNPS lost/VBD ./.")).containsExactly("ORG:Whigs");
        assertThat(apply("the/DT [MISC Free/NNP Democrats/NNPS ] won/VBD ./.")).containsExactly("ORG:Free Democrats");
    }

    @Test
    void shouldDropAReligionTakenForAnOrganisation() {
        assertThat(EN).isNotNull();
        assertThat(apply("converts/NNS to/TO [ORG Buddhism/NNP ] ./.")).isEmpty();
        assertThat(apply("the/DT [ORG Church/NNP of/IN Veltra/NNP ] ./.")).containsExactly("ORG:Church of Veltra");
    }

    @Test
    void shouldReadAFrenchNameInAppositionToAKindOfOrganisationAfterItsAdjectives() {
        assertThat(apply(FR, "La/DET firme/NOUN suédoise/ADJ [PER Vorlanda/PROPN ] ferme/VERB son/DET usine/NOUN ./PUNCT"))
                .containsExactly("ORG:Vorlanda");
        assertThat(apply(FR, "Selon/ADP le/DET quotidien/NOUN [LOC Kestrel/PROPN ] ,/PUNCT il/PRON part/VERB"))
                .containsExactly("ORG:Kestrel");
        assertThat(apply(FR, "le/DET club/NOUN Orvalle/PROPN SC/PROPN gagne/VERB")).containsExactly("ORG:Orvalle SC");
    }

    @Test
    void shouldKeepAFrenchPersonAfterAnOrdinaryNoun() {
        assertThat(apply(FR, "le/DET ministre/NOUN [PER Jean/PROPN Orvalle/PROPN ] parle/VERB"))
                .containsExactly("PER:Jean Orvalle");
    }
}
