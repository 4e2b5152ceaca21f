package org.depeche.lang;

import java.io.InputStream;
import java.net.URL;
import java.util.List;

/**
 * A language pack: everything Depeche knows about one language (CoreNLP properties and models, tag
 * map, closed-class words, the stages' lexicons and rules), as files of one folder. Found by
 * {@link java.util.ServiceLoader} and read through {@link Languages#get(String)}, which checks a pack
 * completely when it loads: a file of the {@linkplain PackLayout layout} that is missing, or a
 * required key absent from a file, is a {@link PackException} naming the pack, the file and the key.
 *
 * <p>Stage code never compares language codes: a behaviour that differs by language is a file or a
 * key of the pack (an empty list is an empty file, a choice, not an omission).
 */
public interface Language {

    /** The ISO 639-1 code ("fr"). */
    String code();

    /** The language's name, in English ("French"). */
    String name();

    /** Whether the pack has a file (a path relative to the pack's folder: "quotes/cues.tsv"). */
    boolean has(String file);

    /**
     * The class-path resource of a file of the pack, for loaders that take a resource name (CoreNLP).
     *
     * @throws PackException when the pack has no such file
     */
    String resource(String file);

    /**
     * The class-path folder of one directory of the pack, with a leading and a trailing slash
     * ({@code "/org/depeche/lang/fr/time/"}), for loaders that resolve files by resource name. The
     * files the {@linkplain PackLayout layout} requires were checked when the pack loaded.
     */
    String folder(String dir);

    /**
     * The location of a file of the pack.
     *
     * @throws PackException when the pack has no such file
     */
    URL url(String file);

    /** Opens a file of the pack ({@link PackException} when it has none). */
    default InputStream open(String file) {
        try {
            return url(file).openStream();
        } catch (java.io.IOException e) {
            throw new PackException(this, file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The lines of a text file that are neither blank nor comments ({@code #}), as written, with
     * their numbers (from 1).
     */
    List<PackLine> lines(String file);

    /**
     * A yes/no choice of the pack ({@code pack.properties}: {@code entities.minimal-spans=true}), for a
     * behaviour that differs by language.
     *
     * @throws PackException when the key is absent or not {@code true}/{@code false}
     */
    boolean flag(String key);

    /** The pack's closed classes of words ({@code words.tsv}): determiners, prepositions, pronouns… */
    WordClasses words();
}
