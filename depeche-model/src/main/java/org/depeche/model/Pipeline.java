package org.depeche.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sequence of stages whose contracts are checked when it is built: a stage that requires a
 * layer no earlier stage provides is refused, and so is a stage that uses a layer (when present)
 * which a later stage provides, with a message naming the layer.
 *
 * <p>Applying it never loses a document: a stage that throws leaves the document as it was
 * before that stage plus a {@link StageError}; a later stage requiring a layer a failed stage
 * should have provided is skipped with its own error; a stage requiring {@link Layer#DEPPARSE}
 * on a document parsed only in part runs if every sentence it {@linkplain Stage#needsParse needs
 * parsed} was parsed, and is skipped with an error naming the first that was not.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds a pipeline.
     *
     * @param initial layers the documents carry when they enter (e.g. what the language pipeline makes)
     * @param stages  stages in order
     * @throws IllegalArgumentException if a stage requires a layer nothing before it provides, or
     *                                  uses a layer that a stage after it provides
     */
    public static Pipeline of(Set<Layer> initial, List<Stage> stages) {
        EnumSet<Layer> available = copy(initial);
        List<Stage> checked = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            EnumSet<Layer> missing = copy(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + " but only " + available + " are available before it");
            }
            for (Stage later : stages.subList(i + 1, stages.size())) {
                EnumSet<Layer> late = copy(stage.uses());
                late.removeAll(available);
                late.retainAll(later.provides());
                if (!late.isEmpty()) {
                    throw new IllegalArgumentException("stage '" + stage.name() + "' uses " + late
                            + " when present, but stage '" + later.name() + "', which provides it, runs after it");
                }
            }
            available.addAll(stage.provides());
            checked.add(stage);
        }
        return new Pipeline(checked);
    }

    private static EnumSet<Layer> copy(Set<Layer> layers) {
        return layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs the stages in order; see the class comment for what a failing stage leaves. */
    public Document apply(Document doc) {
        Document current = doc;
        EnumSet<Layer> lost = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            String skip = skipReason(stage, current, lost);
            if (skip != null) {
                current = current.withError(new StageError(stage.name(), skip));
                lost.addAll(stage.provides());
                continue;
            }
            try {
                current = stage.apply(current);
            } catch (RuntimeException | StackOverflowError e) {
                String msg = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                current = current.withError(new StageError(stage.name(), "failed: "
                        + msg.lines().findFirst().orElse(e.getClass().getName())));
                lost.addAll(stage.provides());
            }
        }
        return current;
    }

    /** Why a stage cannot run on this document, or null when it can. */
    private static String skipReason(Stage stage, Document doc, Set<Layer> lost) {
        EnumSet<Layer> gone = copy(stage.requires());
        gone.retainAll(lost);
        if (!gone.isEmpty()) {
            return "skipped: requires " + gone + ", which a failed stage did not provide";
        }
        if (stage.requires().contains(Layer.DEPPARSE) && !doc.has(Layer.DEPPARSE)) {
            for (Sentence s : doc.sentences()) {
                if (!s.parsed() && s.tokenCount() > 0 && stage.needsParse(doc.tokensOf(s))) {
                    return "skipped: requires the dependency parse of sentence " + s.index() + ", which was not parsed";
                }
            }
        }
        return null;
    }
}
