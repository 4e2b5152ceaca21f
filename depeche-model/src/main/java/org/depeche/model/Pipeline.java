package org.depeche.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sequence of stages whose requirements are checked when it is built: a stage that needs a
 * layer no earlier stage provides is refused with a message naming the layer.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds a pipeline.
     *
     * @param initial layers the documents carry when they enter (e.g. what the language pipeline made)
     * @param stages  stages in order
     * @throws IllegalArgumentException if a stage requires a layer nothing before it provides
     */
    public static Pipeline of(Set<Layer> initial, List<Stage> stages) {
        EnumSet<Layer> available = initial.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(initial);
        List<Stage> checked = new ArrayList<>();
        for (Stage stage : stages) {
            EnumSet<Layer> missing = stage.requires().isEmpty() ? EnumSet.noneOf(Layer.class)
                    : EnumSet.copyOf(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + " but only " + available + " are available before it");
            }
            available.addAll(stage.provides());
            checked.add(stage);
        }
        return new Pipeline(checked);
    }

    public List<Stage> stages() {
        return stages;
    }

    public Document apply(Document doc) {
        Document current = doc;
        for (Stage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }
}
