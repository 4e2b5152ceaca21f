package org.depeche.extract.entities;

import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.testsupport.ParsedDocs;
import org.depeche.testsupport.ParsedDocs.Column;

/**
 * Builds a tagged document by hand, as the language pipeline would: words written
 * {@code form/POS} or {@code form/POS/NER}, separated by spaces; a {@code ./PUNCT} word ends a
 * sentence; consecutive words with the same NER tag make one mention ({@link ParsedDocs} with
 * the columns FORM, UPOS and NER, an underscore in a form standing for a space).
 */
final class Annotated {

    private Annotated() {
    }

    static Document doc(String lang, String annotated) {
        return ParsedDocs.lang(lang).columns(Column.FORM, Column.UPOS, Column.NER).underscoreForSpace()
                .splitAtFullStops(annotated).build();
    }

    /** The texts of an entity's mentions, in order. */
    static List<String> texts(Document doc, Entity e) {
        return e.mentions().stream()
                .map(id -> doc.mentions().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().text())
                .toList();
    }

    /** The entity holding the mention with this text (the first such mention). */
    static Entity entityOf(Document doc, String mentionText) {
        EntityMention m = doc.mentions().stream().filter(x -> x.text().equals(mentionText)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + mentionText + "' in " + doc.mentions()));
        return doc.entities().stream().filter(e -> e.mentions().contains(m.id())).findFirst()
                .orElseThrow(() -> new AssertionError("mention '" + mentionText + "' is in no entity"));
    }

    static Entity entityNamed(Document doc, String name) {
        return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named '" + name + "' in " + doc.entities()));
    }
}
