package org.depeche.lang;

/** A language pack that lacks a file or a key, or has a malformed one: raised when the pack loads. */
public final class PackException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PackException(String message) {
        super(message);
    }

    public PackException(Language pack, String file, String problem) {
        this(pack.code(), file, problem, null);
    }

    public PackException(Language pack, String file, String problem, Throwable cause) {
        this(pack.code(), file, problem, cause);
    }

    PackException(String pack, String file, String problem, Throwable cause) {
        super("language pack '" + pack + "': " + file + " " + problem, cause);
    }
}
