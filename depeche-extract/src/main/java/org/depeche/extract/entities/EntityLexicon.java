package org.depeche.extract.entities;

import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.depeche.extract.DataFiles;
import org.depeche.lang.Languages;
import org.depeche.model.EntityType;

/**
 * What entity merging knows about one language: nouns that head descriptions of persons,
 * organisations and places, honorifics, pronouns, demonyms, and country names and aliases.
 *
 * <p>Country names come from CLDR through ICU4J ({@code ULocale.getDisplayCountry}), in the
 * language of the text and in English; what CLDR lacks (acronyms such as RPDC, demonyms, capitals
 * and seats of government) is read from the data files under
 * {@code org/depeche/lang/<lang>/entities/}. Immutable once built; one instance per language.
 */
final class EntityLexicon {

    private static final Map<String, EntityLexicon> CACHE = new ConcurrentHashMap<>();

    /** A noun that heads a description: its entity type and the gender it gives its referent. */
    record Noun(String lemma, EntityType type, char gender, Set<String> flags) {
        /** A definite description with this head may stand for the nearest earlier name of its type. */
        boolean refersBack() {
            return flags.contains("back") || flags.contains("back-country");
        }

        boolean countryOnly() {
            return flags.contains("back-country");
        }

        /** The class of nouns that may name the same referent ("voleur", "malfrat"), or null. */
        String nounClass() {
            for (String f : flags) {
                if (f.startsWith("class=")) {
                    return f.substring(6);
                }
            }
            return null;
        }

        /** "la ville de Lyon", "l'ONG Oisillons": the name after it is what it describes. */
        boolean named() {
            return flags.contains("named");
        }
    }

    /** A pronoun's features. */
    record Pronoun(String form, char gender, boolean plural, String role) {
    }

    /** A capital or seat of government and the country it can stand for. */
    record Seat(String name, String country, boolean building) {
    }

    final String lang;
    private final Map<String, Noun> nouns = new HashMap<>();
    private final Map<String, Character> honorifics = new HashMap<>();
    private final Map<String, Pronoun> pronouns = new HashMap<>();
    private final Set<String> impersonal = new HashSet<>();
    private final Set<String> detached = new HashSet<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, Seat> seats = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Set<String> locutions = new HashSet<>();
    private final Set<String> acronymSkip = new HashSet<>();
    /** Suffix rules of entities/inflection.tsv, in the order written: {suffix, replacement}. */
    private final List<String[]> pluralRules = new ArrayList<>();
    private final List<String[]> feminineRules = new ArrayList<>();
    private final List<String[]> demonymRules = new ArrayList<>();
    private int longestNoun = 1;

    private EntityLexicon(String lang) {
        this.lang = lang;
        for (String[] f : read(lang, "inflection.tsv", 1)) {
            if (f.length < 3) {
                continue; // a kind alone on its line: no rule of that kind, by choice
            }
            String[] rule = {f[1], f[2].equals("-") ? "" : f[2]};
            switch (f[0]) {
                case "plural" -> pluralRules.add(rule);
                case "feminine" -> feminineRules.add(rule);
                case "demonym" -> demonymRules.add(rule);
                default -> throw new IllegalStateException("entities/inflection.tsv of " + lang + ": unknown kind " + f[0]);
            }
        }
        for (String[] f : read(lang, "nouns.txt", 3)) {
            EntityType type = EntityType.fromTag(f[1]);
            Noun noun = new Noun(f[0], type, f[2].charAt(0), f.length > 3 ? Set.of(f[3].split(",")) : Set.of());
            nouns.put(nounKey(f[0]), noun);
            longestNoun = Math.max(longestNoun, f[0].split("[ '’]").length);
        }
        for (String[] f : read(lang, "locutions.txt", 1)) {
            locutions.add(f[0].replace('’', '\''));
        }
        for (String[] f : read(lang, "honorifics.txt", 2)) {
            honorifics.put(f[0].toLowerCase(Locale.ROOT), f[1].charAt(0));
        }
        for (String[] f : read(lang, "pronouns.txt", 4)) {
            pronouns.put(f[0], new Pronoun(f[0], f[1].charAt(0), f[2].equals("pl"), f[3]));
        }
        for (String[] f : read(lang, "detached.txt", 1)) {
            detached.add(f[0].toLowerCase(Locale.ROOT));
        }
        for (String[] f : read(lang, "impersonal.txt", 1)) {
            impersonal.add(f[0]);
        }
        for (String[] f : read(lang, "demonyms.txt", 2)) {
            demonyms.put(key(f[0]), f[1]);
        }
        Set<ULocale> locales = new java.util.LinkedHashSet<>(List.of(new ULocale(lang), ULocale.ENGLISH));
        for (String code : ULocale.getISOCountries()) {
            for (ULocale display : locales) {
                String name = new ULocale("", code).getDisplayCountry(display);
                if (!name.isBlank() && !name.equals(code)) {
                    countries.putIfAbsent(key(name), code);
                    countries.putIfAbsent(key(name.replaceAll("\\s*\\(.*\\)", "")), code);
                }
            }
            countryNames.put(code, new ULocale("", code).getDisplayCountry(new ULocale(lang)));
        }
        for (String[] f : read(lang, "acronyms.txt", 2)) {
            countries.put(key(f[0]), f[1]);
        }
        for (String[] f : read(lang, "acronym-skip.txt", 1)) {
            acronymSkip.add(f[0]);
        }
        for (String[] f : read(lang, "seats.txt", 3)) {
            seats.put(key(f[0]), new Seat(f[0], f[1], f[2].equals("seat")));
        }
    }

    /** Whether an acronym skips this word of the name it abbreviates ("des" in "Organisation des Nations unies"). */
    boolean acronymSkips(String word) {
        return acronymSkip.contains(word.toLowerCase(Locale.ROOT));
    }

    static EntityLexicon forLanguage(String lang) {
        return CACHE.computeIfAbsent(lang, EntityLexicon::new);
    }

    /** Lowercase, accents and elided articles removed, hyphens and apostrophes as spaces. */
    static String key(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        n = n.replace('’', '\'').replaceAll("^(l'|the |le |la |les )", "");
        return n.replaceAll("[-'.\\s]+", " ").trim();
    }

    /** Lowercase with accents kept ("côte" is not "côté"), typographic apostrophes made plain. */
    static String nounKey(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\.+$", "").trim();
    }

    /** The lexicon entry of a lemma, or null. */
    Noun noun(String lemma) {
        return lemma == null ? null : nouns.get(nounKey(lemma));
    }

    /** Whether these words (lowercase, space-separated) are a fixed expression with no referent. */
    boolean locution(String words) {
        return locutions.contains(words.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** Looks a surface form up, trying its singular and masculine forms. */
    NounMatch nounForm(String form) {
        NounMatch m = lookUp(form);
        if (m != null && Character.isUpperCase(m.noun().lemma().charAt(0)) && !form.isEmpty()
                && !Character.isUpperCase(form.charAt(0))) {
            return null;
        }
        return m;
    }

    private NounMatch lookUp(String form) {
        String k = nounKey(form);
        Noun n = nouns.get(k);
        if (n != null) {
            return new NounMatch(n, n.flags().contains("plural"), '?');
        }
        for (String[] rule : pluralRules) {
            if (k.endsWith(rule[0]) && k.length() > rule[0].length() + 2) {
                n = nouns.get(k.substring(0, k.length() - rule[0].length()) + rule[1]);
                if (n != null) {
                    return new NounMatch(n, true, '?');
                }
            }
        }
        if (!feminineRules.isEmpty()) {
            // "rescapée(s)", "chercheuse": a feminine form of a person noun listed in the masculine
            for (String[] rule : feminineRules) {
                if (k.endsWith(rule[0]) && k.length() > rule[0].length() + 2) {
                    n = nouns.get(k.substring(0, k.length() - rule[0].length()) + rule[1]);
                    if (n != null && n.type() == EntityType.PERSON) {
                        return new NounMatch(n, k.endsWith("s"), 'f');
                    }
                }
            }
        }
        return null;
    }

    /** A noun looked up from an inflected form: plural or not, and 'f' where the form is feminine. */
    record NounMatch(Noun noun, boolean plural, char formGender) {
        char gender() {
            return formGender == 'f' ? 'f' : noun.gender();
        }
    }

    int longestNoun() {
        return longestNoun;
    }

    /** Gender given by an honorific ("Mme" → f), or 0 when the word is none. */
    char honorific(String form) {
        Character g = honorifics.get(form.toLowerCase(Locale.ROOT));
        return g == null ? 0 : g;
    }

    Pronoun pronoun(String form) {
        return pronouns.get(form.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    Pronoun pronounPhrase(String phrase) {
        return pronouns.get(phrase.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** Whether an adjective (by its lemma) stays out of a minimal mention ("présentes" in "personnes présentes"). */
    boolean detachedAdjective(String lemma) {
        return lemma != null && detached.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean impersonalAfterIl(String word) {
        return impersonal.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** ISO country code of a demonym adjective in any of its forms ("nord-coréennes" → KP), or null. */
    String demonym(String form) {
        String k = key(form);
        String c = demonyms.get(k);
        if (c != null) {
            return c;
        }
        for (String[] rule : demonymRules) {
            if (k.endsWith(rule[0]) && k.length() > rule[0].length() + 2) {
                c = demonyms.get(k.substring(0, k.length() - rule[0].length()) + rule[1]);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** ISO code of a country name or alias ("Corée du nord", "RPDC", "North Korea"), or null. */
    String country(String name) {
        return countries.get(key(name));
    }

    /** The country's name in this language (CLDR). */
    String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    Seat seat(String name) {
        return seats.get(key(name));
    }

    private static List<String[]> read(String lang, String file, int fields) {
        return DataFiles.rows(EntityLexicon.class, Languages.get(lang).folder("entities") + file, fields);
    }
}
