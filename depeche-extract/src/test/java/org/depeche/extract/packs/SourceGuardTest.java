package org.depeche.extract.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.depeche.lang.Language;
import org.depeche.lang.Languages;
import org.junit.jupiter.api.Test;

/**
 * The words of a language live in its pack: no main Java source of any module writes a closed-class
 * word of a pack as a string literal, and no stage code compares language codes. What is allowed
 * stands in {@code source-guard-allowlist.tsv}, each entry with its reason.
 */
class SourceGuardTest {

    /**
     * Universal Dependencies relation names: the parser's labels, the same for every language, even
     * where one is spelt like a word ("aux").
     */
    private static final Set<String> UD_RELATIONS = Set.of("acl", "advcl", "advmod", "amod", "appos", "aux",
            "case", "cc", "ccomp", "clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse",
            "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod",
            "obj", "obl", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ALTERNATION = Pattern.compile("[\\p{L}'’|()?]+");

    private final Path root = Path.of("..").toAbsolutePath().normalize();

    @Test
    void noMainSourceWritesAWordOfAPack() throws IOException {
        Set<String> words = packWords();
        List<String[]> allowed = allowlist();
        Set<String> used = new HashSet<>();
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                    continue;
                }
                Matcher m = LITERAL.matcher(lines.get(i));
                while (m.find()) {
                    for (String w : wordsOf(m.group(1), words)) {
                        String[] entry = allowed(allowed, rel, w);
                        if (entry != null) {
                            used.add(String.join("\t", entry[0], entry[1]));
                        } else {
                            found.add(rel + ":" + (i + 1) + ": \"" + w + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("words of a language pack written in Java (put them in the pack's words.tsv, "
                + "or justify them in source-guard-allowlist.tsv)").isEmpty();
        List<String> stale = new ArrayList<>();
        for (String[] e : allowed) {
            if (!used.contains(String.join("\t", e[0], e[1]))) {
                stale.add(e[0] + "\t" + e[1]);
            }
        }
        assertThat(stale).as("allowlist entries that no longer match anything (remove them)").isEmpty();
    }

    @Test
    void noStageCodeComparesLanguageCodes() throws IOException {
        String codes = String.join("|", Languages.supported());
        Pattern comparison = Pattern.compile("\\.equals(?:IgnoreCase)?\\(\\s*\"(?:" + codes + ")\"\\s*\\)"
                + "|\"(?:" + codes + ")\"\\s*\\.equals|case\\s+\"(?:" + codes + ")\"|(?:Set|List)\\.of\\(\\s*\"(?:"
                + codes + ")\"\\s*\\)");
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            if (!rel.startsWith("depeche-extract/") && !rel.startsWith("depeche-nlp/")) {
                continue; // stage code: the language pipelines and the extraction stages
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (comparison.matcher(lines.get(i)).find()) {
                    found.add(rel + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).as("stage code comparing language codes (make the behaviour a key of the pack)").isEmpty();
    }

    @Test
    void theGuardSeesAWordWrittenInJava() {
        Set<String> words = packWords();
        assertThat(wordsOf("cette", words)).containsExactly("cette");
        assertThat(wordsOf("son|sa|ses", words)).containsExactly("son", "sa", "ses");
        assertThat(wordsOf("aux", words)).as("a UD relation").isEmpty();
        assertThat(wordsOf("fr", words)).as("a language code").isEmpty();
    }

    private static Set<String> wordsOf(String literal, Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        if (words.contains(literal)) {
            out.add(literal);
        } else if (ALTERNATION.matcher(literal).matches()) {
            for (String part : literal.split("[|()]")) {
                String w = part.endsWith("?") ? part.substring(0, part.length() - 1) : part;
                if (words.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Every word (of two letters or more) of every closed class of every pack, less UD relations and codes. */
    private static Set<String> packWords() {
        Set<String> out = new HashSet<>();
        for (String code : Languages.supported()) {
            Language pack = Languages.get(code);
            for (String cls : pack.words().names()) {
                for (String w : pack.words().list(cls)) {
                    // a one-letter literal ("a", "l") is an identifier far more often than a word
                    if (w.codePoints().anyMatch(Character::isLetter) && w.codePointCount(0, w.length()) > 1) {
                        out.add(w);
                    }
                }
            }
        }
        out.removeAll(UD_RELATIONS);
        out.removeAll(Languages.supported());
        return out;
    }

    private List<Path> mainSources() throws IOException {
        assertThat(root.resolve("depeche-extract")).as("the repository root").isDirectory();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted().toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    private static String[] allowed(List<String[]> allowed, String file, String word) {
        for (String[] e : allowed) {
            if ((file.equals(e[0]) || e[0].endsWith("/") && file.startsWith(e[0])) && (e[1].equals("*")
                    || e[1].equals(word))) {
                return e;
            }
        }
        return null;
    }

    /** Lines PATH (a file, or a folder ending in /)<TAB>WORD (or *)<TAB>REASON. */
    private static List<String[]> allowlist() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = SourceGuardTest.class.getResourceAsStream("source-guard-allowlist.tsv")) {
            assertThat(in).as("source-guard-allowlist.tsv").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                assertThat(cols).as("allowlist line without a reason: " + line).hasSizeGreaterThanOrEqualTo(3);
                out.add(cols);
            }
        }
        return out;
    }
}
