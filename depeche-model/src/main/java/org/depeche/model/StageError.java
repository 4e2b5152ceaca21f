package org.depeche.model;

import java.util.Objects;

/**
 * A stage that did not complete on a document: the document keeps the layers computed before
 * it, and says here which stage failed (or was skipped because a layer it requires is missing)
 * and why.
 *
 * @param stage   the stage's name ("quotes")
 * @param message what went wrong, one line
 */
public record StageError(String stage, String message) {

    public StageError {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }
}
