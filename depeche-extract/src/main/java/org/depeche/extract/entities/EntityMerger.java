package org.depeche.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Stage;
import org.depeche.model.Token;
import org.depeche.extract.entities.MentionFinder.Det;
import org.depeche.extract.entities.MentionFinder.Found;

/**
 * Within-document entity merging: reads the NER mentions, adds descriptions and pronouns
 * ({@link MentionFinder}), and clusters every mention of the same person, organisation or place
 * into one {@link Entity} with a canonical name, its titles and, for a capital or seat of
 * government used for its state ("Pyongyang", "le Kremlin"), the country entity it stands for.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#POS} and {@link Layer#NER} (no parse needed);
 * writes {@link Layer#ENTITIES}: all mentions (the NER names keep their ids, cleaned of
 * honorifics and quote marks; descriptions and pronouns get new ids) and the clusters. A
 * description in apposition to a name ("la ministre belge Anne Morel", "Paul Verdier,
 * maire adjoint de Lille") is a title of the name's entity, not a mention of its own, as
 * OntoNotes and POPCORN annotate it; a parenthetical ("Le préfet (Marc Aubert)") keeps
 * both mentions. Pronouns that find no antecedent are dropped, except plural subjects.
 *
 * <p>Built as a multi-pass sieve, most precise pass first, after Lee et al. 2013, "Deterministic
 * coreference resolution based on entity-centric, precision-ranked rules" (Computational
 * Linguistics 39(4)): appositions and parentheticals; exact names and names of one country
 * (CLDR names through ICU4J, acronyms such as RPDC); partial names and acronyms of organisation
 * names; definite descriptions with the same head, or of the same noun class; role descriptions
 * with a nationality ("le président russe"); definite descriptions standing for the nearest name
 * of their type ("l'association", "le pays"); then pronouns. Each pass merges whole clusters and
 * checks agreement (type, number, gender, nationality) cluster against cluster. What the passes
 * know about words (nouns, classes, honorifics, pronouns, demonyms, seats of government) is in
 * the data files of {@link EntityLexicon}.
 */
public final class EntityMerger implements Stage {

    /** How many sentences back a pronoun looks for its antecedent. */
    private static final int PRONOUN_WINDOW = 3;

    private final EntityLexicon lex;
    private final MentionFinder finder;

    private EntityMerger(EntityLexicon lex) {
        this.lex = lex;
        this.finder = new MentionFinder(lex);
    }

    /** The merger for a language ("fr", "en"); fails loudly if its data files are missing. */
    public static EntityMerger forLanguage(String lang) {
        return new EntityMerger(EntityLexicon.forLanguage(lang));
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public Set<Layer> uses() {
        return EnumSet.of(Layer.LEMMA, Layer.DEPPARSE);
    }

    @Override
    public Document apply(Document doc) {
        List<Found> found = finder.find(doc);
        Clusters c = new Clusters(found);
        appositions(doc, c);
        names(c);
        partialNames(c);
        descriptions(c);
        roleDescriptions(c);
        backReferences(c);
        pronouns(c);
        return build(doc, c);
    }

    // ---------------------------------------------------------------- clusters

    /** Union-find over the mentions, with each cluster's agreement features. */
    static final class Clusters {
        final List<Found> m;
        final int[] parent;
        /** Descriptions in apposition to a name: titles of its entity, not mentions of their own. */
        final boolean[] appositive;
        /** Pronouns that found an antecedent (the others are not kept). */
        final boolean[] resolved;
        /** For appositive descriptions, the title with its complement ("ministre russe de l'Écologie"). */
        final String[] title;
        /** Members of each cluster, kept at its root's index. */
        private final List<List<Integer>> memberLists;
        /** Agreement features of each cluster, kept at its root's index. */
        private final EntityType[] cType;
        private final char[] cGender;
        private final String[] cNationality;
        private final Boolean[] cPlural;
        private final boolean[] cHasName;

        Clusters(List<Found> mentions) {
            this.m = mentions;
            this.parent = new int[mentions.size()];
            this.appositive = new boolean[mentions.size()];
            this.resolved = new boolean[mentions.size()];
            this.title = new String[mentions.size()];
            this.memberLists = new ArrayList<>();
            int n = mentions.size();
            this.cType = new EntityType[n];
            this.cGender = new char[n];
            this.cNationality = new String[n];
            this.cPlural = new Boolean[n];
            this.cHasName = new boolean[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                memberLists.add(new ArrayList<>(List.of(i)));
                initFeatures(i);
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        boolean same(int a, int b) {
            return root(a) == root(b);
        }

        /** The cluster's mentions, in text order. */
        List<Integer> members(int i) {
            return memberLists.get(root(i));
        }

        /** Merges two clusters if they agree; returns whether they are (now) one. */
        boolean merge(int a, int b) {
            return merge(a, b, false);
        }

        /**
         * @param names whether two clusters that both have a name may merge (only the name passes,
         *              which compare the names, say so)
         */
        boolean merge(int a, int b, boolean names) {
            int ra = root(a);
            int rb = root(b);
            if (ra == rb) {
                return true;
            }
            if (!compatible(a, b) || !names && hasName(a) && hasName(b)) {
                return false;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            parent[gone] = keep;
            mergeFeatures(keep, gone);
            List<Integer> merged = memberLists.get(keep);
            merged.addAll(memberLists.get(gone));
            merged.sort(null);
            memberLists.set(gone, null);
            return true;
        }

        /**
         * Two mentions of one name, one typed as the place and one as its state acting (LOC and ORG:
         * "in Ruritania", "Ruritania signed"): one entity, of the first one's type; else {@link #merge}.
         */
        boolean mergeFacets(int a, int b) {
            EntityType ta = type(a);
            EntityType tb = type(b);
            if (ta != tb && (ta == EntityType.LOCATION && tb == EntityType.ORGANIZATION
                    || ta == EntityType.ORGANIZATION && tb == EntityType.LOCATION)) {
                cType[root(b)] = ta;
            }
            return merge(a, b, true);
        }

        /** Type, gender, nationality and number agree (an organisation may be plural: "la police … ils"). */
        boolean compatible(int a, int b) {
            EntityType ta = type(a);
            EntityType tb = type(b);
            if (ta != null && tb != null && ta != tb) {
                return false;
            }
            boolean pa = plural(a);
            boolean pb = plural(b);
            if (pa != pb && (ta != null ? ta : tb) != EntityType.ORGANIZATION) {
                return false;
            }
            char ga = gender(a);
            char gb = gender(b);
            if (!(pa && pb) && ga != 'x' && gb != 'x' && ga != gb) {
                return false;
            }
            String ca = nationality(a);
            String cb = nationality(b);
            return ca == null || cb == null || ca.equals(cb);
        }

        /** The cluster's type: its names' type, else its descriptions', else null (pronouns and MISC only). */
        EntityType type(int i) {
            return cType[root(i)];
        }

        /** 'm' or 'f' where a mention says so (noun, honorific, gendered pronoun), else 'x'. */
        char gender(int i) {
            return cGender[root(i)];
        }

        /** The country a person description gives ("le président russe"), or null. */
        String nationality(int i) {
            return cNationality[root(i)];
        }

        /** Whether the cluster's descriptions or pronouns are plural (a name alone is singular). */
        boolean plural(int i) {
            return cPlural[root(i)] == Boolean.TRUE;
        }

        boolean hasName(int i) {
            return cHasName[root(i)];
        }

        /** Features of one mention, as a cluster of its own. */
        private void initFeatures(int i) {
            Found f = m.get(i);
            boolean name = f.kind() == MentionKind.NAME;
            cType[i] = name && f.type() != EntityType.MISC || f.kind() == MentionKind.NOMINAL ? f.type() : null;
            char g = f.gender();
            boolean pronounUnmarked = f.kind() == MentionKind.PRONOUN && f.pronoun().gender() == 'x';
            cGender[i] = (g == 'm' || g == 'f') && !pronounUnmarked ? g : 'x';
            cNationality[i] = f.kind() == MentionKind.NOMINAL && f.type() == EntityType.PERSON ? f.country() : null;
            cPlural[i] = name ? null : f.plural();
            cHasName[i] = name;
        }

        /** Features of two merged clusters (they agree: {@link #compatible}). */
        private void mergeFeatures(int keep, int gone) {
            if (cType[keep] == null) {
                cType[keep] = cType[gone];
            }
            if (cGender[keep] == 'x') {
                cGender[keep] = cGender[gone];
            }
            if (cNationality[keep] == null) {
                cNationality[keep] = cNationality[gone];
            }
            if (cPlural[keep] == null) {
                cPlural[keep] = cPlural[gone];
            }
            cHasName[keep] |= cHasName[gone];
        }

        boolean alone(int i) {
            return members(i).size() == 1;
        }
    }

    // ---------------------------------------------------------------- passes

    /**
     * "la ministre belge Anne Morel", "le quotidien régional Ouest Matin" (description then
     * name), "Paul Verdier, maire adjoint de Lille" (name, description) and
     * "Le préfet (Marc Aubert)" (parenthetical, either way round).
     */
    private void appositions(Document doc, Clusters c) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < c.m.size(); i++) {
            Found a = c.m.get(i);
            if (a.kind() != MentionKind.NOMINAL || a.plural()) {
                continue;
            }
            EntityLexicon.Noun noun = lex.noun(a.head());
            boolean place = a.type() == EntityType.LOCATION;
            if (place && (noun == null || !noun.named())) {
                continue;
            }
            for (int j = 0; j < c.m.size(); j++) {
                Found b = c.m.get(j);
                if (b.mention().firstToken() > a.mention().endToken() + 12
                        || a.mention().firstToken() > b.mention().endToken() + 12) {
                    continue;
                }
                if (b.kind() != MentionKind.NAME || b.seat() != null
                        || b.type() != a.type() && b.type() != EntityType.MISC) {
                    continue;
                }
                int stop = -1;
                boolean premodifier = a.type() == EntityType.ORGANIZATION && nameThenDescription(tokens, b, a);
                if (premodifier) {
                    stop = a.mention().endToken();
                } else if (descriptionThenName(tokens, a, b, c)) {
                    stop = b.mention().firstToken();
                } else if (!place && descriptionCommaName(tokens, a, b)) {
                    stop = b.mention().firstToken() - 1;
                } else if (!place && nameCommaDescription(tokens, b, a)) {
                    stop = Math.min(tokens.size(), a.mention().endToken() + 8);
                }
                if (stop >= 0) {
                    if (c.merge(i, j, true)) {
                        c.appositive[i] = true;
                        c.title[i] = premodifier
                                // "TASS news agency": the nouns between name and head belong to the title
                                ? doc.text().substring(tokens.get(b.mention().endToken()).start(), a.mention().end())
                                : titleText(doc, a, stop);
                    }
                } else if (parenthetical(tokens, a, b) || parenthetical(tokens, b, a)) {
                    c.merge(i, j, true);
                }
            }
        }
    }

    /**
     * A description with its complement, up to {@code stop} at most: "agence de presse officielle"
     * (before "TASS"), "ministre russe de l'Ecologie"; it ends on a noun, adjective, number or
     * closing quote mark, before any verb or punctuation.
     */
    private static String titleText(Document doc, Found d, int stop) {
        List<Token> tokens = doc.tokens();
        int last = d.mention().endToken() - 1;
        for (int t = d.mention().endToken(); t < stop && tokens.get(t).sentence() == d.sentence(); t++) {
            Token w = tokens.get(t);
            String pos = w.pos() == null ? "" : w.pos();
            boolean quote = MentionFinder.openingQuote(w.text()) || MentionFinder.closingQuote(w.text());
            if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM")
                    || MentionFinder.closingQuote(w.text()) && last > d.mention().endToken() - 1) {
                last = t;
            } else if (!(pos.equals("DET") || pos.equals("ADP") || quote)) {
                break;
            }
        }
        int end = Math.max(d.mention().end(), tokens.get(last).end());
        // with the adjectives before the head, outside a minimal mention ("ancienne candidate")
        int first = d.mention().firstToken();
        while (first > 0 && "ADJ".equals(tokens.get(first - 1).pos()) && tokens.get(first - 1).sentence() == d.sentence()) {
            first--;
        }
        return doc.text().substring(Math.min(d.mention().start(), tokens.get(first).start()), end).strip();
    }

    /** "agence de presse officielle nord-coréenne KCNA": only adjectives, nouns and "de" between. */
    private static boolean descriptionThenName(List<Token> tokens, Found d, Found n, Clusters c) {
        int gap = n.mention().firstToken() - d.mention().endToken();
        if (gap < 0 || gap > 4 || tokens.get(n.mention().firstToken()).sentence() != d.sentence()) {
            return false;
        }
        for (int t = d.mention().endToken(); t < n.mention().firstToken(); t++) {
            Token w = tokens.get(t);
            String lower = w.text().toLowerCase(Locale.ROOT);
            boolean ok = "ADJ".equals(w.pos()) || "NOUN".equals(w.pos()) || lower.matches("de|d'|d’|of")
                    || MentionFinder.openingQuote(w.text())
                    || lower.matches("nommée?|dénommée?|appelée?|baptisée?|called|named");
            if (!ok) {
                return false;
            }
        }
        for (Found other : c.m) {
            if (other.kind() == MentionKind.NAME && other.mention().firstToken() >= d.mention().endToken()
                    && other.mention().endToken() <= n.mention().firstToken()) {
                return false;
            }
        }
        return true;
    }

    /** "Alexandre Kozlov, ministre russe": name, comma, optional determiner, description. */
    private static boolean nameCommaDescription(List<Token> tokens, Found n, Found d) {
        int t = n.mention().endToken();
        if (t >= tokens.size() || !tokens.get(t).text().equals(",")) {
            return false;
        }
        t++;
        if (t < tokens.size() && "DET".equals(tokens.get(t).pos())) {
            t++;
        }
        // adjectives before the head are outside a minimal mention ("ancienne candidate")
        while (t < d.mention().firstToken() && "ADJ".equals(tokens.get(t).pos())) {
            t++;
        }
        return d.mention().firstToken() == t && d.det() != Det.INDEFINITE;
    }

    /**
     * "le directeur de l'usine, Jacques Laurent": a description, its complement (no verb, no
     * punctuation but quote marks), a comma, then the name.
     */
    private boolean descriptionCommaName(List<Token> tokens, Found d, Found n) {
        if (d.det() == Det.INDEFINITE) {
            return false;
        }
        int comma = n.mention().firstToken() - 1;
        while (comma > d.mention().endToken() && lex.honorific(tokens.get(comma).text()) != 0) {
            comma--;
        }
        if (comma < d.mention().endToken() || comma - d.mention().endToken() > 10
                || !tokens.get(comma).text().equals(",") || tokens.get(comma).sentence() != d.sentence()) {
            return false;
        }
        int t = d.mention().endToken();
        // a demonym or participle after the head is outside a minimal mention ("directeur russe de …")
        while (t < comma && "ADJ".equals(tokens.get(t).pos())) {
            t++;
        }
        if (t < comma && !tokens.get(t).text().toLowerCase(Locale.ROOT).matches("de|d'|d’|du|des|of")) {
            return false;
        }
        for (; t < comma; t++) {
            Token w = tokens.get(t);
            String pos = w.pos() == null ? "" : w.pos();
            boolean quote = MentionFinder.openingQuote(w.text()) || MentionFinder.closingQuote(w.text());
            if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("PRON") || pos.equals("PUNCT") && !quote) {
                return false;
            }
        }
        int after = n.mention().endToken();
        return after >= tokens.size() || tokens.get(after).text().matches(",|\\.|;|\\)") || "VERB".equals(
                tokens.get(after).pos()) || "AUX".equals(tokens.get(after).pos());
    }

    /** "the TASS news agency": an organisation's name right before its description, nouns between. */
    private static boolean nameThenDescription(List<Token> tokens, Found n, Found d) {
        int gap = d.mention().firstToken() - n.mention().endToken();
        if (gap < 0 || gap > 2 || tokens.get(d.mention().firstToken()).sentence() != n.sentence()) {
            return false;
        }
        for (int t = n.mention().endToken(); t < d.mention().firstToken(); t++) {
            if (!"NOUN".equals(tokens.get(t).pos())) {
                return false;
            }
        }
        return true;
    }

    /** "A (B)": B right inside brackets right after A. */
    private static boolean parenthetical(List<Token> tokens, Found a, Found b) {
        int t = a.mention().endToken();
        if (t >= tokens.size() || !tokens.get(t).text().equals("(")) {
            return false;
        }
        t++;
        while (t < b.mention().firstToken() && ("DET".equals(tokens.get(t).pos()) || "ADJ".equals(tokens.get(t).pos()))) {
            t++;
        }
        int close = b.mention().endToken();
        return b.mention().firstToken() == t && close < tokens.size() && tokens.get(close).text().equals(")");
    }

    /** Same name (case, accents, hyphens aside), or two names of the same country ("RPDC", "Corée du Nord"). */
    private void names(Clusters c) {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byCountry = new HashMap<>();
        for (int i = 0; i < c.m.size(); i++) {
            Found f = c.m.get(i);
            if (f.kind() != MentionKind.NAME) {
                continue;
            }
            // "à Paris" and "Paris a décidé" name the same city: one entity, which stands for its state
            String key = EntityLexicon.key(f.mention().text());
            Integer prev = byKey.putIfAbsent(key, i);
            if (prev != null) {
                c.mergeFacets(prev, i);
            }
            if (f.country() != null && f.seat() == null) {
                Integer p = byCountry.putIfAbsent(f.country(), i);
                if (p != null) {
                    c.merge(p, i, true);
                }
            }
        }
    }

    /**
     * "Kim" → "Kim Jong Un", "Poutine" → "Vladimir Poutine": a person name whose words all occur,
     * in order, in a longer person name of the text (the nearest such name before it, else the first
     * after it); an acronym → the organisation name whose initials it spells.
     */
    private void partialNames(Clusters c) {
        List<List<String>> nameWords = new ArrayList<>();
        for (Found f : c.m) {
            nameWords.add(f.kind() == MentionKind.NAME ? words(f.mention().text()) : List.of());
        }
        for (int i = 0; i < c.m.size(); i++) {
            Found f = c.m.get(i);
            if (f.kind() != MentionKind.NAME || f.seat() != null) {
                continue;
            }
            List<String> words = nameWords.get(i);
            int best = -1;
            for (int j = 0; j < c.m.size(); j++) {
                Found g = c.m.get(j);
                if (j == i || g.kind() != MentionKind.NAME || g.seat() != null) {
                    continue;
                }
                List<String> other = nameWords.get(j);
                boolean person = (f.type() == EntityType.PERSON || f.type() == EntityType.MISC)
                        && g.type() == EntityType.PERSON && other.size() > words.size()
                        && other.containsAll(words) && !words.isEmpty();
                boolean acronym = f.type() != EntityType.PERSON && g.type() != EntityType.PERSON
                        && isAcronym(f.mention().text()) && f.mention().text().length() >= 2
                        && (initials(g.mention().text()).equals(f.mention().text().replace(".", ""))
                        || contentInitials(g.mention().text()).equals(f.mention().text().replace(".", "")));
                if (person || acronym) {
                    if (best < 0 || j < i && (best > i || j > best)) {
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                c.merge(best, i, true);
            }
        }
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : EntityLexicon.key(name).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isAcronym(String s) {
        return s.replace(".", "").matches("\\p{Lu}{2,}");
    }

    /**
     * Initials of every word but articles, prepositions and conjunctions, capitalised ("Parti
     * socialiste" → PS, "Organisation des Nations unies" → ONU); empty for a one-word name.
     */
    private String contentInitials(String name) {
        StringBuilder b = new StringBuilder();
        String[] words = name.split("[\\s\\-]+|(?<=['’])");
        for (String w : words) {
            if (!w.isEmpty() && !lex.acronymSkips(w) && Character.isLetter(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.length() < 2 ? "" : b.toString();
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s\\-']+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * A definite or demonstrative description ("le gouverneur", "la police") joins the nearest
     * earlier mention with the same head noun, number and agreeing nationality; indefinite ones
     * ("une femme") start a new entity.
     */
    private void descriptions(Clusters c) {
        for (int i = 0; i < c.m.size(); i++) {
            Found f = c.m.get(i);
            if (f.kind() != MentionKind.NOMINAL || f.det() == Det.INDEFINITE) {
                continue;
            }
            boolean merged = false;
            for (int j = i - 1; j >= 0 && !merged; j--) {
                Found g = c.m.get(j);
                if (g.kind() == MentionKind.NOMINAL && g.head().equals(f.head()) && g.plural() == f.plural()
                        && (f.country() == null || g.country() == null || f.country().equals(g.country()))) {
                    merged = c.merge(j, i);
                }
            }
            // "les voleurs" … "les malfrats": a noun of the same class, not far back
            EntityLexicon.Noun noun = lex.noun(f.head());
            String cls = noun == null ? null : noun.nounClass();
            if (merged || cls == null || f.det() != Det.DEFINITE && f.det() != Det.DEMONSTRATIVE) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Found g = c.m.get(j);
                if (f.sentence() - g.sentence() > 3) {
                    break;
                }
                EntityLexicon.Noun other = g.kind() == MentionKind.NOMINAL ? lex.noun(g.head()) : null;
                boolean number = g.plural() == f.plural() || f.type() == EntityType.ORGANIZATION;
                if (other != null && cls.equals(other.nounClass()) && number && c.merge(j, i)) {
                    break;
                }
            }
        }
    }

    /**
     * "le président russe" with no earlier "président": the nearest person named in this or the
     * previous sentences whose nationality does not contradict the description's.
     */
    private void roleDescriptions(Clusters c) {
        for (int i = 0; i < c.m.size(); i++) {
            Found f = c.m.get(i);
            if (f.kind() != MentionKind.NOMINAL || f.type() != EntityType.PERSON || f.plural()
                    || f.det() != Det.DEFINITE || f.country() == null || !c.alone(i)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Found g = c.m.get(j);
                if (f.sentence() - g.sentence() > 2) {
                    break;
                }
                if (g.kind() == MentionKind.NAME && g.type() == EntityType.PERSON && c.merge(j, i)) {
                    break;
                }
            }
        }
    }

    /**
     * "l'association" after "Oisillons", "le pays" after "Portugal", "la ville" after "Berlin": a
     * definite description whose head may refer back (nouns.txt) and that joined nothing yet takes
     * the nearest earlier name of its type, up to three sentences back (a country name only for
     * "le pays", a place that is no country for "la ville").
     */
    private void backReferences(Clusters c) {
        for (int i = 0; i < c.m.size(); i++) {
            Found f = c.m.get(i);
            EntityLexicon.Noun noun = lex.noun(f.head());
            if (f.kind() != MentionKind.NOMINAL || f.plural() || noun == null || !noun.refersBack()
                    || f.det() == Det.INDEFINITE || f.det() == Det.NONE || !c.alone(i)) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Found g = c.m.get(j);
                if (f.sentence() - g.sentence() > 3) {
                    break;
                }
                if (g.kind() != MentionKind.NAME || g.seat() != null || g.type() != f.type()) {
                    continue;
                }
                if (f.type() == EntityType.LOCATION && noun.countryOnly() != (g.country() != null)) {
                    continue;
                }
                if (c.merge(j, i)) {
                    break;
                }
            }
        }
    }

    /**
     * Third-person pronouns: the nearest agreeing entity before it in the same sentence (for a
     * subject pronoun, the nearest that is not in the same clause position), else the first
     * agreeing one of the nearest earlier sentence, up to {@link #PRONOUN_WINDOW} sentences back ("ce dernier": the
     * last one mentioned).
     */
    private void pronouns(Clusters c) {
        for (int i = 0; i < c.m.size(); i++) {
            Found p = c.m.get(i);
            if (p.kind() != MentionKind.PRONOUN) {
                continue;
            }
            int antecedent = -1;
            boolean demonstrative = "demonstrative".equals(p.pronoun().role());
            // "Il lui a donné", "Marie la voit": a clitic object is not the subject just before it
            int subject = -1;
            if ("object".equals(p.pronoun().role()) && i > 0) {
                Found prev = c.m.get(i - 1);
                if (prev.sentence() == p.sentence() && p.mention().firstToken() - prev.mention().endToken() <= 2) {
                    subject = i - 1;
                }
            }
            for (int j = i - 1; j >= 0 && antecedent < 0; j--) {
                Found g = c.m.get(j);
                if (p.sentence() - g.sentence() > PRONOUN_WINDOW) {
                    break;
                }
                if (!candidate(c, p, j) || subject >= 0 && c.same(j, subject)) {
                    continue;
                }
                if (g.sentence() == p.sentence() || demonstrative) {
                    antecedent = j;
                } else {
                    int first = j;
                    for (int k = j - 1; k >= 0 && c.m.get(k).sentence() == g.sentence(); k--) {
                        if (candidate(c, p, k)) {
                            first = k;
                        }
                    }
                    antecedent = first;
                }
            }
            if (antecedent >= 0 && c.merge(antecedent, i)) {
                c.resolved[i] = true;
            }
        }
    }

    private static boolean candidate(Clusters c, Found p, int j) {
        Found g = c.m.get(j);
        if (g.kind() == MentionKind.PRONOUN && !c.hasName(j) && c.alone(j)) {
            return false;
        }
        if (g.mention().end() > p.mention().start() || g.seat() != null) {
            return false;
        }
        EntityType t = c.type(j);
        if (p.plural()) {
            // "ils" after "l'association X" means its members, not the organisation
            return c.plural(j) && (t == EntityType.PERSON || t == EntityType.ORGANIZATION);
        }
        if (t != EntityType.PERSON || c.plural(j)) {
            return false;
        }
        char gender = c.gender(j);
        return p.gender() == 'x' || gender == 'x' || gender == p.gender();
    }

    // ---------------------------------------------------------------- result

    /**
     * An unresolved "ils"/"elles" subject still names a group of people the text speaks of
     * ("ils ont manifesté"), so it stays, alone; an unresolved "il" is more often a thing.
     */
    private static boolean keptAlone(Found f) {
        return f.pronoun() != null && f.pronoun().plural() && "subject".equals(f.pronoun().role());
    }

    private Document build(Document doc, Clusters c) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < c.m.size(); i++) {
            groups.computeIfAbsent(c.root(i), k -> new ArrayList<>()).add(i);
        }
        List<EntityMention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, String> countryEntity = new HashMap<>();
        Map<Integer, String> seatCountry = new HashMap<>();
        int n = 0;
        List<String> ids = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.stream().allMatch(k -> c.m.get(k).kind() == MentionKind.PRONOUN && !c.resolved[k]
                    && !keptAlone(c.m.get(k)))) {
                continue;
            }
            String id = "e" + (++n);
            ids.add(id);
            EntityType type = c.type(members.get(0));
            if (type == null) {
                type = EntityType.PERSON;
            }
            String name = null;
            Set<String> titles = new LinkedHashSet<>();
            String country = null;
            List<Integer> kept = new ArrayList<>();
            for (int k : members) {
                Found f = c.m.get(k);
                EntityMention m = f.mention();
                if (c.appositive[k]) {
                    titles.add(c.title[k] != null ? c.title[k] : f.phrase());
                    continue;
                }
                if (f.kind() == MentionKind.PRONOUN && !c.resolved[k] && !keptAlone(f)) {
                    continue;
                }
                kept.add(k);
                // a pronoun takes its entity's type, and so does a name NER left as MISC ("Kim Jong Un")
                boolean retype = f.kind() == MentionKind.PRONOUN || m.type() == EntityType.MISC;
                mentions.add(new EntityMention(m.id(), retype ? type : m.type(), m.start(),
                        m.end(), m.text(), m.firstToken(), m.endToken(), m.kind()));
                if (f.kind() == MentionKind.NAME && (name == null || m.text().length() > name.length())) {
                    name = m.text();
                }
                if (f.kind() == MentionKind.NOMINAL && !f.plural() && type != EntityType.LOCATION) {
                    titles.add(f.phrase());
                }
                if (f.kind() == MentionKind.NAME && f.country() != null && f.seat() == null) {
                    country = f.country();
                }
                if (f.seat() != null) {
                    seatCountry.put(n - 1, f.seat().country());
                }
            }
            if (name == null) {
                name = c.m.get(members.get(0)).mention().text();
            }
            if (country != null) {
                countryEntity.putIfAbsent(country, id);
            }
            entities.add(new Entity(id, type, name,
                    kept.stream().map(k -> c.m.get(k).mention().id()).toList(), List.copyOf(titles), null));
        }
        // metonymy: a seat or capital used for its state points at the country's entity, made if absent
        for (Map.Entry<Integer, String> e : seatCountry.entrySet()) {
            String code = e.getValue();
            String target = countryEntity.get(code);
            if (target == null) {
                target = "e" + (++n);
                countryEntity.put(code, target);
                entities.add(new Entity(target, EntityType.LOCATION, lex.countryName(code), List.of(), List.of(), null));
            }
            Entity seat = entities.get(e.getKey());
            entities.set(e.getKey(), new Entity(seat.id(), seat.type(), seat.name(), seat.mentions(), seat.titles(),
                    target));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start).thenComparing(EntityMention::end,
                Comparator.reverseOrder()));
        return doc.withEntities(mentions, entities);
    }
}
