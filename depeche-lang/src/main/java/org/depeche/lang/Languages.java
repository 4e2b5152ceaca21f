package org.depeche.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The language packs on the class path ({@link ServiceLoader} of {@link Language}), each loaded and
 * checked once, on first use, then shared.
 */
public final class Languages {

    private static volatile Map<String, Language> packs;

    private Languages() {
    }

    /** The codes of the packs found, in class-path order ("fr", "en"). */
    public static List<String> supported() {
        return List.copyOf(all().keySet());
    }

    /** Whether a pack for the code is on the class path. */
    public static boolean isSupported(String code) {
        return all().containsKey(code);
    }

    /**
     * The pack of a language.
     *
     * @throws UnsupportedLanguageException when no pack on the class path has that code
     */
    public static Language get(String code) {
        Language pack = all().get(code);
        if (pack == null) {
            throw new UnsupportedLanguageException(code);
        }
        return pack;
    }

    private static Map<String, Language> all() {
        Map<String, Language> found = packs;
        if (found == null) {
            synchronized (Languages.class) {
                found = packs;
                if (found == null) {
                    Map<String, Language> out = new LinkedHashMap<>();
                    for (Language pack : ServiceLoader.load(Language.class, Languages.class.getClassLoader())) {
                        Language other = out.putIfAbsent(pack.code(), pack);
                        if (other != null) {
                            throw new PackException("two language packs for '" + pack.code() + "': "
                                    + other.getClass().getName() + " and " + pack.getClass().getName());
                        }
                    }
                    packs = found = java.util.Collections.unmodifiableMap(out);
                }
            }
        }
        return found;
    }

    /** Raised for a language no pack on the class path is for. */
    public static final class UnsupportedLanguageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UnsupportedLanguageException(String lang) {
            super("unsupported language '" + lang + "' (supported: " + String.join(", ", new ArrayList<>(supported()))
                    + ")");
        }
    }
}
