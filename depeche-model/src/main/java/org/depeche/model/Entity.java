package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One real-world referent of an article: a cluster of mentions that refer to it.
 *
 * @param id        "e1", "e2"…
 * @param type      coarse type
 * @param name      canonical name (the longest proper name among the mentions)
 * @param mentions  ids of the {@link EntityMention}s in the cluster, in text order
 * @param titles    roles and titles the article gives it ("président russe", "gouverneur")
 * @param standsFor for a metonymic place or seat ("Moscou", "le Kremlin"), the id of the entity
 *                  (the country or its government) it stands for; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, EntityType type, String name, List<String> mentions, List<String> titles,
                     String standsFor) {

    public Entity {
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
        titles = List.copyOf(titles == null ? List.of() : titles);
    }
}
