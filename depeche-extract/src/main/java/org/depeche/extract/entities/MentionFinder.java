package org.depeche.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.depeche.lang.Language;
import org.depeche.lang.Languages;
import org.depeche.lang.WordClasses;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.MentionKind;
import org.depeche.model.Token;

/**
 * Finds the mentions entity merging works on: the names NER found (cleaned of honorifics and
 * stray quote marks, and retyped where a country or seat list says so), descriptions headed by a
 * noun of the lexicon ("le président russe", "la vieille dame", "l'hôpital"), and third-person
 * pronouns. Spans follow the convention of minimal mentions: a description is its head noun with
 * the adjectives next to it, without determiner ("dirigeant nord-coréen"); a name without its
 * honorific ("Adelys Adams", not "Madame Adelys Adams"). Package-private; used by
 * {@link EntityMerger}.
 */
final class MentionFinder {

    // closed classes of the language's pack (words.tsv), and its mention convention (pack.properties)
    private final Set<String> definite;
    private final Set<String> indefinite;
    private final Set<String> demonstrative;
    private final Set<String> possessive;
    private final Set<String> naming;
    private final Set<String> of;
    private final Set<String> bareOf;
    private final Set<String> locative;
    private final boolean minimalSpans;

    private final EntityLexicon lex;

    MentionFinder(EntityLexicon lex) {
        this.lex = lex;
        Language pack = Languages.get(lex.lang);
        WordClasses words = pack.words();
        this.definite = words.set("DET_DEFINITE");
        this.indefinite = words.set("DET_INDEFINITE");
        this.demonstrative = words.set("DET_DEMONSTRATIVE");
        this.possessive = words.set("DET_POSSESSIVE");
        this.naming = words.set("NAMING_PARTICIPLE");
        this.of = words.set("PREP_OF");
        this.bareOf = words.set("PREP_OF_BARE");
        this.locative = words.set("PREP_LOCATIVE");
        this.minimalSpans = pack.flag("entities.minimal-spans");
    }

    /** Determiner class of a description. */
    enum Det { DEFINITE, INDEFINITE, DEMONSTRATIVE, POSSESSIVE, NONE }

    /**
     * A mention with what merging needs to know about it.
     *
     * @param head     lemma of the head noun for descriptions, the pronoun form for pronouns, else null
     * @param gender   'm', 'f' or 'x' (unknown)
     * @param country  ISO code the mention names or is described by (demonym, "de la RPDC"), or null
     * @param seat     for a name that is a capital or a seat of government used for its state, the seat
     */
    record Found(EntityMention mention, int sentence, String head, char gender, boolean plural, Det det,
                 String country, EntityLexicon.Seat seat, EntityLexicon.Pronoun pronoun, String phrase) {
        Found(EntityMention mention, int sentence, String head, char gender, boolean plural, Det det,
              String country, EntityLexicon.Seat seat, EntityLexicon.Pronoun pronoun) {
            this(mention, sentence, head, gender, plural, det, country, seat, pronoun, mention.text());
        }

        MentionKind kind() {
            return mention.kind();
        }

        EntityType type() {
            return mention.type();
        }
    }

    List<Found> find(Document doc) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        boolean[] inName = new boolean[tokens.size()];
        List<Found> out = new ArrayList<>();
        int nextId = 1;
        for (EntityMention m : doc.mentions()) {
            nextId = Math.max(nextId, numericId(m.id()) + 1);
        }
        List<EntityMention> names = new ArrayList<>(doc.mentions());
        for (int[] q : quotedNames(doc)) {
            names.removeIf(m -> m.firstToken() < q[1] && q[0] < m.endToken());
            int start = tokens.get(q[0]).start();
            int stop = tokens.get(q[1] - 1).end();
            names.add(new EntityMention("m" + nextId++, EntityType.ORGANIZATION, start, stop, text.substring(start, stop),
                    q[0], q[1], MentionKind.NAME));
        }
        for (EntityMention m : names) {
            // English NER also tags "He" or "She" as a person: a pronoun is found as such below
            if (lex.pronounPhrase(m.text()) != null) {
                continue;
            }
            Found f = cleanName(doc, withoutLeadingNoun(doc, m));
            if (f == null) {
                continue;
            }
            for (int t = f.mention().firstToken(); t < f.mention().endToken(); t++) {
                inName[t] = true;
            }
            out.add(f);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (inName[i]) {
                continue;
            }
            Token t = tokens.get(i);
            Found pro = pronounAt(doc, i);
            if (pro != null) {
                EntityMention m = pro.mention();
                out.add(withMention(pro, new EntityMention("m" + nextId++, m.type(), m.start(), m.end(), m.text(),
                        m.firstToken(), m.endToken(), MentionKind.PRONOUN)));
                i = m.endToken() - 1;
                continue;
            }
            // "les blessés", "les sinistrés": a participle or adjective used as a noun after a determiner
            boolean nounUse = ("ADJ".equals(t.pos()) || "VERB".equals(t.pos())) && i > 0
                    && "DET".equals(tokens.get(i - 1).pos())
                    && (i + 1 >= tokens.size() || !"NOUN".equals(tokens.get(i + 1).pos()));
            if (!"NOUN".equals(t.pos()) && !"PROPN".equals(t.pos()) && !nounUse) {
                continue;
            }
            Found nom = nominalAt(doc, i, inName);
            if (nom != null) {
                nom = withFamilyName(doc, nom, out);
                EntityMention m = nom.mention();
                out.add(withMention(nom, new EntityMention("m" + nextId++, m.type(), m.start(), m.end(),
                        text.substring(m.start(), m.end()), m.firstToken(), m.endToken(), MentionKind.NOMINAL)));
                i = m.endToken() - 1;
            }
        }
        out.sort((a, b) -> a.mention().start() != b.mention().start()
                ? Integer.compare(a.mention().start(), b.mention().start())
                : Integer.compare(b.mention().end(), a.mention().end()));
        return out;
    }

    /**
     * "la famille Rodríguez": a noun flagged "surname" takes the person name right after it into
     * its mention, which then stands for the family; the name is no mention of its own.
     */
    private Found withFamilyName(Document doc, Found nom, List<Found> names) {
        EntityLexicon.Noun noun = lex.noun(nom.head());
        if (noun == null || !noun.flags().contains("surname")) {
            return nom;
        }
        EntityMention m = nom.mention();
        for (int k = 0; k < names.size(); k++) {
            Found n = names.get(k);
            if (n.kind() == MentionKind.NAME && n.mention().firstToken() == m.endToken()
                    && n.type() == EntityType.PERSON) {
                names.remove(k);
                int end = n.mention().end();
                EntityMention joined = new EntityMention(m.id(), EntityType.PERSON, m.start(), end,
                        doc.text().substring(m.start(), end), m.firstToken(), n.mention().endToken(), m.kind());
                return new Found(joined, nom.sentence(), nom.head(), nom.gender(), true, nom.det(), nom.country(),
                        null, null, nom.phrase());
            }
        }
        return nom;
    }

    static boolean openingQuote(String w) {
        return w.matches("«|\"|“|‘‘|''|``|„|‹");
    }

    static boolean closingQuote(String w) {
        return w.matches("»|\"|”|’’|''|‹|›");
    }

    /**
     * Organisation names in quote marks right after an organisation noun: l'association « Un arbre,
     * une vie », l'ONG "Oisillons". NER misses most of them; the noun says what they name.
     *
     * @return token ranges {first, end} of the names, without the quote marks
     */
    private List<int[]> quotedNames(Document doc) {
        List<Token> tokens = doc.tokens();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!"NOUN".equals(t.pos()) && !"PROPN".equals(t.pos())) {
                continue;
            }
            EntityLexicon.NounMatch n = lex.nounForm(t.text());
            if (n == null || n.noun().type() != EntityType.ORGANIZATION) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && ("ADJ".equals(tokens.get(j).pos())
                    || naming.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
                j++;
            }
            if (j >= tokens.size() || !openingQuote(tokens.get(j).text())) {
                continue;
            }
            int open = j;
            for (int k = open + 1; k < Math.min(tokens.size(), open + 16); k++) {
                if (tokens.get(k).sentence() != t.sentence()) {
                    break;
                }
                if (closingQuote(tokens.get(k).text()) && k > open + 1) {
                    out.add(new int[] {open + 1, k});
                    i = k;
                    break;
                }
            }
        }
        return out;
    }

    private static Found withMention(Found f, EntityMention m) {
        return new Found(m, f.sentence(), f.head(), f.gender(), f.plural(), f.det(), f.country(), f.seat(),
                f.pronoun(), f.phrase());
    }

    private static int numericId(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * "police de Tokyo", "université du Texas", "tunnel de Limerick" where NER took the common noun
     * into the name: the name is what follows "de" (the noun is found as a description of its own,
     * as the minimal-mention convention has it); French only, and only a lowercase noun of the
     * lexicon followed by proper nouns.
     */
    private EntityMention withoutLeadingNoun(Document doc, EntityMention m) {
        List<Token> tokens = doc.tokens();
        int f = m.firstToken();
        Token t = tokens.get(f);
        if (!minimalSpans || m.endToken() - f < 3 || t.text().isEmpty()
                || !Character.isLowerCase(t.text().charAt(0))) {
            return m;
        }
        EntityLexicon.NounMatch n = lex.nounForm(t.text());
        if (n == null || n.noun().type() == EntityType.PERSON) {
            return m;
        }
        int j = f + 1;
        while (j < m.endToken() && (of.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))
                || tokens.get(j).isMultiwordPart() && "le".equalsIgnoreCase(tokens.get(j).text()))) {
            j++;
        }
        if (j == f + 1 || j >= m.endToken()) {
            return m;
        }
        for (int k = j; k < m.endToken(); k++) {
            String w = tokens.get(k).text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return m;
            }
        }
        int start = tokens.get(j).start();
        return new EntityMention(m.id(), m.type(), start, m.end(), doc.text().substring(start, m.end()), j,
                m.endToken(), MentionKind.NAME);
    }

    /** A NER mention without honorific or quote marks, retyped from the country and seat lists. */
    private Found cleanName(Document doc, EntityMention m) {
        List<Token> tokens = doc.tokens();
        int first = m.firstToken();
        int end = m.endToken();
        char gender = 'x';
        while (first < end && (isQuoteOrHonorific(tokens.get(first)) || leadingNonName(tokens, first, end, m))) {
            char g = lex.honorific(tokens.get(first).text());
            if (g != 0 && g != 'x') {
                gender = g;
            }
            first++;
        }
        while (end > first && isQuote(tokens.get(end - 1))) {
            end--;
        }
        if (first >= end) {
            return null;
        }
        if (first > 0 && gender == 'x') {
            char g = lex.honorific(tokens.get(first - 1).text());
            if (g != 0) {
                gender = g;
            }
        }
        int start = first == m.firstToken() ? m.start() : tokens.get(first).start();
        int stop = end == m.endToken() ? m.end() : tokens.get(end - 1).end();
        // "Corée du nord" where NER took "Corée" only: extend while the longer text is a country name
        for (int k = end; k < Math.min(tokens.size(), end + 3); k++) {
            if (tokens.get(k).sentence() != tokens.get(first).sentence() || "PUNCT".equals(tokens.get(k).pos())) {
                break;
            }
            if (lex.country(doc.text().substring(start, tokens.get(k).end())) != null) {
                end = k + 1;
                stop = tokens.get(k).end();
            }
        }
        // "Mexique." where the sentence's full stop stayed on the word (but "Charles J." keeps its initial)
        while (stop - start > 2 && doc.text().charAt(stop - 1) == '.'
                && Character.isLowerCase(doc.text().charAt(stop - 2))) {
            stop--;
        }
        String text = doc.text().substring(start, stop);
        EntityType type = m.type();
        String country = lex.country(text);
        EntityLexicon.Seat seat = lex.seat(text);
        if (country != null) {
            type = EntityType.LOCATION;
        } else if (seat != null) {
            type = seat.building() ? EntityType.ORGANIZATION : EntityType.LOCATION;
            if (!seat.building() && locative(doc, first)) {
                seat = null;
            }
        }
        if (type == EntityType.MISC && lex.demonym(text) != null) {
            return null;
        }
        EntityMention cleaned = new EntityMention(m.id(), type, start, stop, text, first, end, MentionKind.NAME);
        return new Found(cleaned, tokens.get(first).sentence(), null, gender, false, Det.NONE, country, seat, null);
    }

    /** Whether the word before a place name makes it a place ("à Moscou") rather than an actor. */
    private boolean locative(Document doc, int first) {
        if (first == 0) {
            return false;
        }
        Token prev = doc.tokens().get(first - 1);
        String w = (prev.surface() != null ? prev.surface() : prev.text()).toLowerCase(Locale.ROOT);
        return locative.contains(w) || locative.contains(prev.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Words NER took into a name that the minimal-mention convention leaves out (French): a
     * lowercase article ("la France", "l'Europe") and, before a person's name, a title of the
     * lexicon ("Colonel Antoine Duverney", "laborantin M. Colline Adams").
     */
    private boolean leadingNonName(List<Token> tokens, int first, int end, EntityMention m) {
        if (!minimalSpans || first + 1 >= end) {
            return false;
        }
        Token t = tokens.get(first);
        String w = t.text();
        if (definite.contains(w.replace('’', '\'')) && "DET".equals(t.pos())) {
            return true;
        }
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        EntityLexicon.NounMatch n = lex.nounForm(w);
        String next = tokens.get(first + 1).text();
        return n != null && n.noun().type() == EntityType.PERSON && !next.isEmpty()
                && Character.isUpperCase(next.charAt(0));
    }

    private boolean isQuoteOrHonorific(Token t) {
        return isQuote(t) || lex.honorific(t.text()) != 0;
    }

    private static boolean isQuote(Token t) {
        return t.text().matches("[«»\"“”‹›+]+") || "PUNCT".equals(t.pos()) && t.text().length() == 1
                && !Character.isLetterOrDigit(t.text().charAt(0));
    }

    /** A pronoun (or demonstrative like "ce dernier") starting at token i, or null. */
    private Found pronounAt(Document doc, int i) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        if (i + 1 < tokens.size()) {
            Token n = tokens.get(i + 1);
            EntityLexicon.Pronoun two = lex.pronounPhrase(t.text() + " " + n.text());
            boolean determiner = i + 2 < tokens.size() && ("NOUN".equals(tokens.get(i + 2).pos())
                    || "ADJ".equals(tokens.get(i + 2).pos()));
            if (two != null && !determiner) {
                return pronounMention(doc, i, i + 2, two);
            }
        }
        EntityLexicon.Pronoun p = lex.pronoun(t.text());
        if (p == null || t.isMultiwordPart()) {
            return null;
        }
        // object clitics (le, la, l', lui) count only where the tagger says pronoun: "la" is mostly an article
        if (!"PRON".equals(t.pos()) && !p.role().equals("subject")) {
            return null;
        }
        if (p.role().equals("subject") && !p.plural() && p.gender() == 'm' && impersonal(tokens, i)) {
            return null;
        }
        return pronounMention(doc, i, i + 1, p);
    }

    private boolean impersonal(List<Token> tokens, int i) {
        int j = i + 1;
        // "il n'y a", "il ne faut"
        while (j < tokens.size() && j <= i + 2 && tokens.get(j).text().toLowerCase(Locale.ROOT).matches("n'|n’|ne")) {
            j++;
        }
        if (j >= tokens.size()) {
            return false;
        }
        String w = tokens.get(j).text();
        if (lex.impersonalAfterIl(w)) {
            return true;
        }
        // "il s'agit": the reflexive is a word of its own
        if (j + 1 < tokens.size() && (lex.impersonalAfterIl(w + tokens.get(j + 1).text())
                || lex.impersonalAfterIl(w + " " + tokens.get(j + 1).text()))) {
            return true;
        }
        // "il a fallu", "il avait semblé"
        if (w.matches("a|avait|aura|aurait") && j + 1 < tokens.size()
                && lex.impersonalAfterIl(tokens.get(j + 1).text())) {
            return true;
        }
        // "il est / était (fortement) difficile / conseillé de / que …"
        if (w.matches("est|était|sera|serait|semble")) {
            int k = j + 1;
            while (k < tokens.size() && "ADV".equals(tokens.get(k).pos()) && k < j + 3) {
                k++;
            }
            if (k + 1 < tokens.size() && ("ADJ".equals(tokens.get(k).pos()) || "VERB".equals(tokens.get(k).pos()))
                    && tokens.get(k + 1).text().toLowerCase(Locale.ROOT).matches("de|d'|d’|que|qu'|qu’")) {
                return true;
            }
        }
        return false;
    }

    private Found pronounMention(Document doc, int first, int end, EntityLexicon.Pronoun p) {
        List<Token> tokens = doc.tokens();
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        EntityMention m = new EntityMention("?", EntityType.PERSON, start, stop, doc.text().substring(start, stop),
                first, end, MentionKind.PRONOUN);
        return new Found(m, tokens.get(first).sentence(), p.form(), p.gender(), p.plural(), Det.NONE, null, null, p);
    }

    /** A description headed by a lexicon noun at token i (possibly a multi-word noun), or null. */
    private Found nominalAt(Document doc, int i, boolean[] inName) {
        List<Token> tokens = doc.tokens();
        int sentence = tokens.get(i).sentence();
        EntityLexicon.NounMatch match = null;
        int headEnd = i + 1;
        for (int len = Math.min(lex.longestNoun(), tokens.size() - i); len >= 1; len--) {
            if (tokens.get(i + len - 1).sentence() != sentence) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            boolean blocked = false;
            for (int k = i; k < i + len; k++) {
                blocked |= inName[k] || k > i && "PUNCT".equals(tokens.get(k).pos());
                // "forces de l'ordre": no space after an elided article
                boolean elided = k > i && tokens.get(k - 1).text().matches(".*['’]");
                phrase.append(k > i && !elided ? " " : "").append(tokens.get(k).text());
            }
            if (blocked) {
                continue;
            }
            EntityLexicon.NounMatch found = lex.nounForm(phrase.toString());
            if (found != null) {
                match = found;
                headEnd = i + len;
                break;
            }
        }
        if (match == null || inLocution(tokens, i, headEnd)) {
            return null;
        }
        // the adjectives before the head are read (for the determiner and a demonym) but left out of
        // the span, as the annotation convention of minimal mentions does ("autres personnes" → "personnes")
        int first = i;
        while (first > 0 && !inName[first - 1] && tokens.get(first - 1).sentence() == sentence
                && "ADJ".equals(tokens.get(first - 1).pos()) && !tokens.get(first - 1).isMultiwordPart()) {
            first--;
        }
        int end = headEnd;
        String country = null;
        // adjectives after the head stay in the span up to the first demonym, participle or detached
        // adjective (detached.txt), which the convention leaves out ("police mexicaine" → "police",
        // "manifestants vêtus" → "manifestants", "personnes présentes" → "personnes")
        int spanEnd = -1;
        while (end < tokens.size() && !inName[end] && tokens.get(end).sentence() == sentence
                && "ADJ".equals(tokens.get(end).pos())) {
            String c = lex.demonym(tokens.get(end).text());
            if (c != null) {
                country = c;
            }
            boolean leftOut = c != null || participle(tokens.get(end))
                    || lex.detachedAdjective(tokens.get(end).lemma());
            if (spanEnd < 0 && leftOut) {
                spanEnd = end;
            }
            end++;
        }
        for (int k = first; k < i && country == null; k++) {
            country = lex.demonym(tokens.get(k).text());
        }
        if (country == null) {
            country = complementCountry(doc, end);
        }
        int spanFirst = i;
        if (!minimalSpans) {
            spanFirst = first;
            spanEnd = end;
        } else if (spanEnd < 0) {
            spanEnd = end;
            // a complement without determiner makes a compound noun, part of the mention ("agents de
            // sécurité", "usine de fabrication de produits chimiques")
            spanEnd = compoundEnd(tokens, spanEnd, inName, sentence, match.noun().type() == EntityType.ORGANIZATION);
        }
        Det det = Det.NONE;
        if (first > 0) {
            Token d = tokens.get(first - 1);
            String w = d.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (definite.contains(w)) {
                det = Det.DEFINITE;
            } else if (indefinite.contains(w)) {
                det = Det.INDEFINITE;
            } else if (demonstrative.contains(w)) {
                det = Det.DEMONSTRATIVE;
            } else if ("DET".equals(d.pos()) || "PRON".equals(d.pos())) {
                det = possessive.contains(w) ? Det.POSSESSIVE : Det.NONE;
            }
        }
        int start = tokens.get(spanFirst).start();
        int stop = tokens.get(spanEnd - 1).end();
        while (stop > start + 1 && doc.text().charAt(stop - 1) == '.') {
            stop--;
        }
        EntityMention m = new EntityMention("?", match.noun().type(), start, stop, doc.text().substring(start, stop),
                spanFirst, spanEnd, MentionKind.NOMINAL);
        String phrase = doc.text().substring(tokens.get(first).start(), Math.max(stop, tokens.get(end - 1).end()))
                .replaceAll("\\.+$", "");
        return new Found(m, sentence, match.noun().lemma(), match.gender(), match.plural(), det, country, null, null,
                phrase);
    }

    /**
     * The end of a description extended over complements "de" + noun without determiner, each with
     * its adjectives ("station de métro", "mouvement de lutte"); a complement with a determiner
     * ("membres de l'association") or a name ("police de Tokyo") is left out.
     */
    private int compoundEnd(List<Token> tokens, int end, boolean[] inName, int sentence, boolean members) {
        int j = end;
        while (true) {
            int of = ofLength(tokens, j, members);
            if (of == 0 || j + of >= tokens.size() || tokens.get(j + of).sentence() != sentence || inName[j + of]
                    || !"NOUN".equals(tokens.get(j + of).pos())) {
                break;
            }
            j += of + 1;
            while (j < tokens.size() && !inName[j] && tokens.get(j).sentence() == sentence
                    && "ADJ".equals(tokens.get(j).pos()) && !participle(tokens.get(j))) {
                j++;
            }
            end = j;
        }
        return end;
    }

    /**
     * How many tokens the "de" of a compound complement takes at j: 1 for "de", "d'"; 2 for "des"
     * ("de" + "les") after an organisation noun, whose members it names ("syndicat des
     * travailleurs"); else 0.
     */
    private int ofLength(List<Token> tokens, int j, boolean members) {
        if (j >= tokens.size()) {
            return 0;
        }
        Token t = tokens.get(j);
        if (bareOf.contains(t.text().toLowerCase(Locale.ROOT)) && !t.isMultiwordPart()) {
            return 1;
        }
        boolean des = t.isMultiwordPart() && t.surface() != null && "des".equalsIgnoreCase(t.surface())
                && "de".equalsIgnoreCase(t.text()) && j + 1 < tokens.size()
                && "les".equalsIgnoreCase(tokens.get(j + 1).text());
        return members && des ? 2 : 0;
    }

    /** A past participle used as an adjective ("vêtus", "inondées"), from its lemma. */
    private static boolean participle(Token t) {
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        String w = t.text().toLowerCase(Locale.ROOT);
        return lemma.endsWith("é") || (lemma.endsWith("er") || lemma.endsWith("ir"))
                && w.matches(".*(é|i|u)(e|s|es)?");
    }

    /** Whether the words ending at the noun form a fixed expression ("au cours de"). */
    private boolean inLocution(List<Token> tokens, int first, int end) {
        for (int from = Math.max(0, first - 3); from < first; from++) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < end; k++) {
                Token t = tokens.get(k);
                if (k > from && (t.isMultiwordPart() && t.start() == tokens.get(k - 1).start())) {
                    continue;
                }
                String w = t.isMultiwordPart() ? t.surface() : t.text();
                b.append(b.length() == 0 || b.charAt(b.length() - 1) == '\'' || b.charAt(b.length() - 1) == '’' ? "" : " ")
                        .append(w);
            }
            if (lex.locution(b.toString())) {
                return true;
            }
        }
        return false;
    }

    /** "le dirigeant de la RPDC": the country a "de (la|l') NAME" right after a description names. */
    private String complementCountry(Document doc, int end) {
        List<Token> tokens = doc.tokens();
        int j = end;
        if (j < tokens.size() && tokens.get(j).text().toLowerCase(Locale.ROOT).matches("de|d'|d’|of|du|des")) {
            j++;
            while (j < tokens.size() && "DET".equals(tokens.get(j).pos())) {
                j++;
            }
            for (int k = j; k < Math.min(tokens.size(), j + 5); k++) {
                if (tokens.get(k).sentence() != tokens.get(j).sentence()) {
                    break;
                }
                String c = lex.country(doc.text().substring(tokens.get(j).start(), tokens.get(k).end()));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }
}
