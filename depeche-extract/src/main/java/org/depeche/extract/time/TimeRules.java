package org.depeche.extract.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depeche.extract.DataFiles;
import org.depeche.lang.Languages;

/**
 * The time-expression rules and word lists of one language, read once from
 * {@code org/depeche/lang/<lang>/time/}: {@code rules.txt} and the lexicons it names.
 *
 * <p>{@code rules.txt} holds macros ({@code @name = regex}) and rules
 * ({@code KIND<TAB>name<TAB>regex}). In a regex, {@code {name}} stands for a macro or for the
 * alternation of a lexicon's forms (file {@code name.tsv}). Named groups carry the parts the
 * normaliser reads ({@code (?<month>{month})}); a group is looked up in the lexicon of its name
 * without trailing digits ({@code weekday2} → {@code weekday.tsv}).
 */
final class TimeRules {

    /** What a rule's match means; the normaliser has one method per kind. */
    enum Kind {
        /** A calendar date or time of day (absolute, relative to the DCT, or to a nearby date). */
        DATE,
        /** A length of time: "trois ans", "ces derniers jours". */
        DURATION,
        /** A date counted back from the DCT: "il y a deux semaines". */
        AGO,
        /** A date counted forward from the DCT: "dans trois jours". */
        IN,
        /** A recurring time: "chaque lundi", "annuel". */
        SET,
        /** A fixed expression with its own type and value ("maintenant" → PRESENT_REF). */
        REF,
        /** Text that looks like a time but is not one ("âgé de 6 ans"): it blocks the other rules. */
        IGNORE
    }

    /**
     * @param groups the names of the regex's named groups (what the normaliser reads)
     */
    record Rule(Kind kind, String name, Pattern pattern, List<String> groups) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{([a-z][a-zA-Z0-9]*)\\}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Map<String, TimeRules> CACHE = new HashMap<>();

    private final String lang;
    private final List<Rule> rules;
    private final Map<String, Lexicon> lexicons;

    private TimeRules(String lang, List<Rule> rules, Map<String, Lexicon> lexicons) {
        this.lang = lang;
        this.rules = List.copyOf(rules);
        this.lexicons = Map.copyOf(lexicons);
    }

    /** The rules of a language (loaded once). */
    static synchronized TimeRules forLanguage(String lang) {
        return CACHE.computeIfAbsent(lang, TimeRules::load);
    }

    String lang() {
        return lang;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The lexicon of a name ({@code tense} → {@code tense.tsv}), loaded with the rules. */
    Lexicon lexicon(String name) {
        Lexicon l = lexicons.get(name);
        if (l == null) {
            throw new IllegalStateException("no lexicon '" + name + "' for " + lang);
        }
        return l;
    }

    boolean hasLexicon(String name) {
        return lexicons.containsKey(name);
    }

    private static String base(String lang) {
        return Languages.get(lang).folder("time");
    }

    private static TimeRules load(String lang) {
        String resource = base(lang) + "rules.txt";
        Map<String, String> macros = new HashMap<>();
        Map<String, Lexicon> lexicons = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (String extra : List.of("tense", "verbtense")) {
            lexicons.put(extra, Lexicon.load(base(lang) + extra + ".tsv", extra));
        }
        // conventions of the language's annotated corpora (optional): "decade" → suffix of a decade's value
        Lexicon style = lexiconFor("style", lexicons, lang);
        if (style != null) {
            lexicons.put("style", style);
        }
        for (DataFiles.Line dataLine : DataFiles.lines(TimeRules.class, resource)) {
            String line = dataLine.text();
            int n = dataLine.number();
            if (line.startsWith("@")) {
                int eq = line.indexOf('=');
                macros.put(line.substring(1, eq).strip(), expand(line.substring(eq + 1).strip(), macros,
                        lexicons, lang, resource, n));
                continue;
            }
            String[] cols = line.split("\t+");
            if (cols.length != 3) {
                throw DataFiles.malformed(resource, n, "is not KIND<TAB>name<TAB>regex");
            }
            String regex = expand(cols[2], macros, lexicons, lang, resource, n);
            Matcher g = GROUP.matcher(regex);
            List<String> groups = new ArrayList<>();
            while (g.find()) {
                groups.add(g.group(1));
                String lex = g.group(1).replaceAll("\\d+$", "");
                Lexicon l = lexiconFor(lex, lexicons, lang);
                if (l != null) {
                    lexicons.putIfAbsent(lex, l);
                }
            }
            try {
                rules.add(new Rule(Kind.valueOf(cols[0]), cols[1], Pattern.compile(
                        "(?:(?<![\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}]))(?:" + regex
                                + ")(?:(?![\\p{L}\\p{N}])|(?<=[^\\p{L}\\p{N}]))",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), List.copyOf(groups)));
            } catch (IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException("Unable to load " + resource + ": line " + n
                        + ": " + e.getMessage(), e));
            }
        }
        return new TimeRules(lang, rules, lexicons);
    }

    private static Lexicon lexiconFor(String name, Map<String, Lexicon> lexicons, String lang) {
        Lexicon l = lexicons.get(name);
        if (l != null) {
            return l;
        }
        String res = base(lang) + name + ".tsv";
        if (TimeRules.class.getResource(res) == null) {
            return null;
        }
        return Lexicon.load(res, name);
    }

    private static String expand(String regex, Map<String, String> macros, Map<String, Lexicon> lexicons,
                                 String lang, String resource, int line) {
        Matcher m = PLACEHOLDER.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = macros.get(name);
            if (replacement == null) {
                Lexicon l = lexiconFor(name, lexicons, lang);
                if (l == null) {
                    throw new UncheckedIOException(new IOException("Unable to load " + resource + ": line " + line
                            + ": no macro or lexicon '" + name + "'"));
                }
                lexicons.putIfAbsent(name, l);
                replacement = l.pattern();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
