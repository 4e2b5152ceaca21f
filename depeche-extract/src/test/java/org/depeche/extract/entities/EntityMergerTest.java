package org.depeche.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.depeche.extract.entities.Annotated.doc;
import static org.depeche.extract.entities.Annotated.entityNamed;
import static org.depeche.extract.entities.Annotated.entityOf;
import static org.depeche.extract.entities.Annotated.texts;

import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    private static final EntityMerger FR = EntityMerger.forLanguage("fr");
    private static final EntityMerger EN = EntityMerger.forLanguage("en");

    private static void assertInvariants(Document in, Document out) {
        assertThat(out.has(Layer.ENTITIES)).isTrue();
        for (EntityMention m : out.mentions()) {
            assertThat(m.text()).isEqualTo(out.text().substring(m.start(), m.end()));
        }
        for (Entity e : out.entities()) {
            for (String id : e.mentions()) {
                assertThat(out.mentions()).extracting(EntityMention::id).contains(id);
            }
        }
        assertThat(out.text()).isEqualTo(in.text());
    }

    @Test
    void shouldMergePartialNameAndKeepPrenominalDescriptionAsTitle() {
        Document in = doc("fr", "La/DET chancelière/NOUN allemande/ADJ Ilse/PROPN/PER Brandt/PROPN/PER est/AUX arrivée/VERB ./PUNCT "
                + "Brandt/PROPN/PER a/AUX salué/VERB la/DET foule/NOUN ./PUNCT");
        Document out = FR.apply(in);
        assertInvariants(in, out);
        Entity e = entityOf(out, "Ilse Brandt");
        assertThat(texts(out, e)).containsExactly("Ilse Brandt", "Brandt");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.name()).isEqualTo("Ilse Brandt");
    }

    @Test
    void shouldRetypeMiscNameThatJoinsAPerson() {
        Document out = FR.apply(doc("fr", "Ana/PROPN/PER Kovac/PROPN/PER parle/VERB ./PUNCT Kovac/PROPN/MISC part/VERB ./PUNCT"));
        assertThat(texts(out, entityNamed(out, "Ana Kovac"))).containsExactly("Ana Kovac", "Kovac");
        assertThat(out.mentions()).extracting(EntityMention::type).containsOnly(EntityType.PERSON);
    }

    @Test
    void shouldAttachRoleDescriptionToThePersonOfMatchingNationality() {
        Document out = FR.apply(doc("fr",
                "Le/DET ministre/NOUN japonais/ADJ Taro/PROPN/PER Sato/PROPN/PER et/CCONJ Pablo/PROPN/PER Ruiz/PROPN/PER "
                + "ont/AUX parlé/VERB ,/PUNCT le/DET ministre/NOUN espagnol/ADJ évoquant/VERB la/DET pêche/NOUN ./PUNCT"));
        Entity ruiz = entityNamed(out, "Pablo Ruiz");
        // the mention is minimal (POPCORN's convention), the demonym stays in the title
        assertThat(texts(out, ruiz)).containsExactly("Pablo Ruiz", "ministre");
        assertThat(ruiz.titles()).contains("ministre espagnol");
        Entity sato = entityNamed(out, "Taro Sato");
        assertThat(sato.titles()).containsExactly("ministre japonais");
        assertThat(texts(out, sato)).containsExactly("Taro Sato");
    }

    @Test
    void shouldGiveAppositiveTitleWithItsComplement() {
        Document out = FR.apply(doc("fr",
                "Eva/PROPN/PER Lind/PROPN/PER ,/PUNCT directrice/NOUN de/ADP la/DET banque/NOUN centrale/ADJ ,/PUNCT "
                + "a/AUX parlé/VERB ./PUNCT"));
        Entity lind = entityNamed(out, "Eva Lind");
        assertThat(lind.titles()).containsExactly("directrice de la banque centrale");
        assertThat(texts(out, lind)).containsExactly("Eva Lind");
    }

    @Test
    void shouldSpanFrenchDescriptionsAsMinimalMentions() {
        Document out = FR.apply(doc("fr",
                "Les/DET autres/ADJ agents/NOUN de/ADP sécurité/NOUN présents/ADJ ont/AUX aidé/VERB "
                + "les/DET manifestants/NOUN vêtus/ADJ de/ADP noir/NOUN et/CCONJ la/DET police/NOUN mexicaine/ADJ "
                + "de/ADP Tijuana/PROPN/LOC ./PUNCT"));
        assertThat(out.mentions()).extracting(EntityMention::text)
                .contains("agents de sécurité présents", "police")
                .doesNotContain("autres agents de sécurité présents", "police mexicaine", "police mexicaine de Tijuana");
        // with lemmas, as the tagger gives them: "présents" is a detached adjective
        Document in = doc("fr", "Les/DET témoins/NOUN présents/ADJ ont/AUX parlé/VERB ./PUNCT");
        java.util.List<org.depeche.model.Token> lemmatised = in.tokens().stream()
                .map(t -> new org.depeche.model.Token(t.index(), t.sentence(), t.text(), t.start(), t.end(), null,
                        t.pos(), t.text().equals("présents") ? "présent" : t.text(), null, null, null))
                .toList();
        Document withLemmas = Document.of("test", "fr", null, null, in.text()).withAnalysis(
                java.util.EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER), in.sentences(), lemmatised, java.util.List.of());
        assertThat(FR.apply(withLemmas).mentions()).extracting(EntityMention::text).contains("témoins")
                .doesNotContain("témoins présents");
    }

    @Test
    void shouldSplitALowercaseNounOffTheNameNerGaveIt() {
        Document out = FR.apply(doc("fr", "La/DET gare/NOUN/LOC de/ADP/LOC Varsko/PROPN/LOC a/AUX fermé/VERB ./PUNCT "
                + "La/DET Maison/PROPN/ORG de/ADP/ORG Nora/PROPN/ORG a/AUX ouvert/VERB ./PUNCT"));
        assertThat(out.mentions()).extracting(EntityMention::text)
                .contains("gare", "Varsko", "Maison de Nora").doesNotContain("gare de Varsko");
    }

    @Test
    void shouldTakeTheMembersComplementIntoAnOrganisationDescription() {
        // "des" is two words, "de" + "les", sharing the surface form's offsets
        String text = "Le syndicat des boulangers a parlé aux membres des clubs .";
        String[][] words = {{"Le", "DET", "0", "2"}, {"syndicat", "NOUN", "3", "11"}, {"de", "ADP", "12", "15"},
            {"les", "DET", "12", "15"}, {"boulangers", "NOUN", "16", "26"}, {"a", "AUX", "27", "28"},
            {"parlé", "VERB", "29", "34"}, {"à", "ADP", "35", "38"}, {"les", "DET", "35", "38"},
            {"membres", "NOUN", "39", "46"}, {"de", "ADP", "47", "50"}, {"les", "DET", "47", "50"},
            {"clubs", "NOUN", "51", "56"}, {".", "PUNCT", "57", "58"}};
        java.util.List<org.depeche.model.Token> tokens = new java.util.ArrayList<>();
        for (String[] w : words) {
            int start = Integer.parseInt(w[2]);
            int end = Integer.parseInt(w[3]);
            String surface = text.substring(start, end).equals(w[0]) ? null : text.substring(start, end);
            tokens.add(new org.depeche.model.Token(tokens.size(), 0, w[0], start, end, surface, w[1], null, null, null,
                    null));
        }
        Document in = Document.of("test", "fr", null, null, text).withAnalysis(
                java.util.EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER),
                java.util.List.of(new org.depeche.model.Sentence(0, 0, text.length(), 0, tokens.size(), false)),
                tokens, java.util.List.of());
        Document out = FR.apply(in);
        assertThat(out.mentions()).extracting(EntityMention::text)
                .contains("syndicat des boulangers", "membres").doesNotContain("membres des clubs");
    }

    @Test
    void shouldMakeTheFamilyNameOneMentionWithItsNoun() {
        Document out = FR.apply(doc("fr", "La/DET famille/NOUN Ferrand/PROPN/PER a/AUX porté/VERB plainte/NOUN ./PUNCT"));
        assertThat(out.mentions()).extracting(EntityMention::text).contains("famille Ferrand").doesNotContain("Ferrand");
    }

    @Test
    void shouldLeaveTitlesAndArticlesNerTookOutOfFrenchNames() {
        Document out = FR.apply(doc("fr", "Le/DET colonel/NOUN/PER Marc/PROPN/PER Aubert/PROPN/PER a/AUX quitté/VERB "
                + "la/DET/LOC Norvège/PROPN/LOC ./PUNCT"));
        assertThat(out.mentions()).extracting(EntityMention::text).contains("Marc Aubert", "Norvège")
                .doesNotContain("colonel Marc Aubert", "la Norvège");
        assertThat(entityNamed(out, "Marc Aubert").titles()).contains("colonel");
    }

    @Test
    void shouldKeepAppositionWhoseDescriptionOpensWithAnAdjective() {
        Document out = FR.apply(doc("fr", "Lea/PROPN/PER Moreau/PROPN/PER ,/PUNCT ancienne/ADJ ministre/NOUN de/ADP "
                + "la/DET culture/NOUN ,/PUNCT a/AUX parlé/VERB ./PUNCT"));
        Entity moreau = entityNamed(out, "Lea Moreau");
        assertThat(moreau.titles()).contains("ancienne ministre de la culture");
        assertThat(out.entities()).hasSize(1);
    }

    @Test
    void shouldKeepEnglishDescriptionsWhole() {
        Document out = EN.apply(doc("en", "The/DET young/ADJ Russian/ADJ president/NOUN spoke/VERB ./PUNCT"));
        assertThat(out.mentions()).extracting(EntityMention::text).contains("young Russian president");
    }

    @Test
    void shouldMergeAnAcronymWithTheOrganisationNameWhoseContentWordsItSpells() {
        Document out = FR.apply(doc("fr",
                "Le/DET Front/PROPN/ORG démocrate/ADJ/ORG des/ADP/ORG travailleurs/NOUN/ORG a/AUX voté/VERB ./PUNCT "
                + "Le/DET FDT/PROPN/ORG conteste/VERB ./PUNCT"));
        Entity party = entityOf(out, "FDT");
        assertThat(texts(out, party)).containsExactly("Front démocrate des travailleurs", "FDT");
    }

    @Test
    void shouldNotMergeAnAcronymThatSpellsOtherInitials() {
        Document out = FR.apply(doc("fr",
                "Le/DET Front/PROPN/ORG démocrate/ADJ/ORG des/ADP/ORG travailleurs/NOUN/ORG a/AUX voté/VERB ./PUNCT "
                + "Le/DET FDP/PROPN/ORG conteste/VERB ./PUNCT"));
        assertThat(texts(out, entityOf(out, "FDP"))).containsExactly("FDP");
    }

    @Test
    void shouldMergeCountryAcronymWithItsCldrName() {
        Document out = FR.apply(doc("fr",
                "La/DET RPDC/PROPN/ORG a/AUX protesté/VERB ./PUNCT La/DET Corée/PROPN/LOC du/ADP nord/NOUN/LOC "
                + "est/AUX isolée/ADJ ./PUNCT"));
        Entity korea = entityOf(out, "RPDC");
        assertThat(texts(out, korea)).containsExactly("RPDC", "Corée du nord");
        assertThat(korea.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void shouldMarkCapitalUsedAsActorAsStandingForItsCountry() {
        Document out = FR.apply(doc("fr",
                "La/DET Norvège/PROPN/LOC négocie/VERB ./PUNCT Selon/ADP Oslo/PROPN/LOC ,/PUNCT le/DET Kremlin/PROPN/LOC "
                + "ment/VERB ./PUNCT Il/PRON vit/VERB à/ADP Oslo/PROPN/LOC ./PUNCT"));
        Entity norway = entityOf(out, "Norvège");
        Entity kremlin = entityOf(out, "Kremlin");
        assertThat(kremlin.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(kremlin.standsFor()).isNotNull();
        Entity russia = out.entities().stream().filter(e -> e.id().equals(kremlin.standsFor())).findFirst().orElseThrow();
        assertThat(russia.name()).isEqualTo("Russie");
        // "à Oslo" is the city as a place, "Selon Oslo" the state: one city entity, marked as standing for Norway
        Entity oslo = entityOf(out, "Oslo");
        assertThat(oslo.mentions()).hasSize(2);
        assertThat(oslo.standsFor()).isEqualTo(norway.id());
    }

    @Test
    void shouldMergeAPlaceNameAndTheSameNameActingAsAStateIntoOneEntity() {
        Document out = EN.apply(doc("en",
                "Envoys/NOUN arrived/VERB in/ADP Ruritania/PROPN/LOC ./PUNCT "
                + "Ruritania/PROPN/ORG signed/VERB the/DET pact/NOUN ./PUNCT"));
        Entity r = entityOf(out, "Ruritania");
        assertThat(r.mentions()).hasSize(2);
        assertThat(r.type()).isEqualTo(EntityType.LOCATION);
        // each mention keeps the type NER gave it
        assertThat(out.mentions()).extracting(EntityMention::type)
                .containsExactly(EntityType.LOCATION, EntityType.ORGANIZATION);
    }

    @Test
    void shouldNotMarkCapitalUsedOnlyAsPlace() {
        Document out = FR.apply(doc("fr", "Il/PRON vit/VERB à/ADP Oslo/PROPN/LOC ./PUNCT"));
        assertThat(entityOf(out, "Oslo").standsFor()).isNull();
    }

    @Test
    void shouldResolveSubjectPronounToPersonOfSameGender() {
        Document out = FR.apply(doc("fr",
                "Mme/NOUN Léa/PROPN/PER Morel/PROPN/PER a/AUX vu/VERB M./NOUN Paul/PROPN/PER Roy/PROPN/PER ./PUNCT "
                + "Elle/PRON a/AUX déclaré/VERB que/SCONJ il/PRON y/PRON avait/VERB un/DET problème/NOUN ./PUNCT "
                + "Il/PRON s'/PRON agit/VERB d'/ADP une/DET erreur/NOUN ./PUNCT"));
        assertThat(texts(out, entityNamed(out, "Léa Morel"))).containsExactly("Léa Morel", "Elle");
        assertThat(out.mentions()).extracting(EntityMention::text).doesNotContain("il", "Il");
        assertThat(texts(out, entityNamed(out, "Paul Roy"))).containsExactly("Paul Roy");
    }

    @Test
    void shouldMergeDefiniteDescriptionWithEarlierSameHead() {
        Document out = FR.apply(doc("fr",
                "Un/DET gouverneur/NOUN a/AUX parlé/VERB ./PUNCT Le/DET gouverneur/NOUN (/PUNCT Ivan/PROPN/PER Petrov/PROPN/PER )/PUNCT "
                + "a/AUX signé/VERB ./PUNCT Une/DET femme/NOUN est/AUX venue/VERB ./PUNCT Une/DET femme/NOUN est/AUX partie/VERB ./PUNCT"));
        assertThat(texts(out, entityNamed(out, "Ivan Petrov"))).containsExactly("gouverneur", "gouverneur", "Ivan Petrov");
        assertThat(out.entities()).filteredOn(e -> e.name().equals("femme")).hasSize(2);
    }

    @Test
    void shouldTakeUpAnEarlierDescriptionOfTheSameClass() {
        Document out = FR.apply(doc("fr",
                "Des/DET voleurs/NOUN ont/AUX pillé/VERB le/DET bâtiment/NOUN ./PUNCT Les/DET malfrats/NOUN ont/AUX fui/VERB "
                + "l'/DET immeuble/NOUN ./PUNCT Les/DET victimes/NOUN pleurent/VERB ./PUNCT"));
        assertThat(texts(out, entityOf(out, "voleurs"))).containsExactly("voleurs", "malfrats");
        assertThat(texts(out, entityOf(out, "bâtiment"))).containsExactly("bâtiment", "immeuble");
        assertThat(texts(out, entityOf(out, "victimes"))).containsExactly("victimes");
    }

    @Test
    void shouldReadQuotedOrganisationNameAfterOrganisationNoun() {
        Document out = FR.apply(doc("fr",
                "L'/DET association/NOUN «/PUNCT Mer/NOUN propre/ADJ »/PUNCT a/AUX porté/VERB plainte/NOUN ./PUNCT"));
        Entity org = entityOf(out, "Mer propre");
        assertThat(org.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(org.titles()).contains("association");
        assertThat(out.mentions()).extracting(EntityMention::text).doesNotContain("association");
    }

    @Test
    void shouldNotTakeFixedExpressionsOrLowercaseStateAsMentions() {
        Document out = FR.apply(doc("fr",
                "La/DET réunion/NOUN a/AUX eu/VERB lieu/NOUN au/ADP cours/NOUN de/ADP la/DET nuit/NOUN ;/PUNCT "
                + "son/DET état/NOUN est/AUX grave/ADJ ./PUNCT"));
        assertThat(out.mentions()).isEmpty();
        assertThat(out.entities()).isEmpty();
    }

    @Test
    void shouldTreatPronounTaggedAsNameAsPronounAndNameBeforeDescriptionAsApposition() {
        Document out = EN.apply(doc("en",
                "The/DET TASS/PROPN/ORG news/NOUN agency/NOUN reported/VERB it/PRON ./PUNCT Jane/PROPN/PER Roe/PROPN/PER "
                + "left/VERB ./PUNCT She/PRON/PER smiled/VERB ./PUNCT"));
        Entity tass = entityNamed(out, "TASS");
        assertThat(tass.titles()).containsExactly("news agency");
        assertThat(texts(out, tass)).containsExactly("TASS");
        assertThat(texts(out, entityNamed(out, "Jane Roe"))).containsExactly("Jane Roe", "She");
        assertThat(out.mentions()).filteredOn(m -> m.text().equals("She"))
                .extracting(EntityMention::kind).containsExactly(MentionKind.PRONOUN);
    }

    @Test
    void shouldResolveEnglishPronounAndKeepMentionKinds() {
        Document out = EN.apply(doc("en",
                "The/DET governor/NOUN ,/PUNCT John/PROPN/PER Miller/PROPN/PER ,/PUNCT resigned/VERB ./PUNCT "
                + "He/PRON said/VERB nothing/PRON ./PUNCT"));
        Entity miller = entityNamed(out, "John Miller");
        assertThat(texts(out, miller)).containsExactly("John Miller", "He");
        assertThat(miller.titles()).containsExactly("governor");
        assertThat(out.mentions()).filteredOn(m -> m.text().equals("He"))
                .extracting(EntityMention::kind).containsExactly(MentionKind.PRONOUN);
    }
}
