package org.depeche.io;

import java.util.ArrayList;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.Span;
import org.depeche.model.TimeExpression;

/**
 * brat standoff ({@code .ann}) for a document whose text is written unchanged beside it as
 * {@code .txt}. Entity mentions become text-bound annotations typed Person, Organization,
 * Location, Misc (WiNER-fr's names); time expressions become {@code Time} annotations with the
 * TIMEX3 type and value as notes; each merged entity becomes a {@code Coreference} equivalence over its
 * mentions. A span that crosses a line break is split into fragments, as
 * brat requires.
 */
public final class BratWriter {

    private BratWriter() {
    }

    public static String write(Document doc) {
        StringBuilder out = new StringBuilder();
        int t = 0;
        int note = 0;
        String text = doc.text();
        java.util.Map<String, Integer> mentionT = new java.util.HashMap<>();
        for (EntityMention m : doc.mentions()) {
            t++;
            mentionT.put(m.id(), t);
            out.append('T').append(t).append('\t').append(typeName(m)).append(' ')
                    .append(fragments(text, m.span())).append('\t').append(flat(m.text())).append('\n');
        }
        for (TimeExpression x : doc.timexes()) {
            t++;
            out.append('T').append(t).append("\tTime ").append(fragments(text, x.span())).append('\t')
                    .append(flat(x.text())).append('\n');
            note++;
            out.append('#').append(note).append("\tAnnotatorNotes T").append(t).append('\t')
                    .append(x.type()).append(' ').append(x.value()).append('\n');
        }
        // entity merging: one brat equivalence per entity with several mentions
        for (org.depeche.model.Entity e : doc.entities()) {
            if (e.mentions().size() > 1) {
                out.append("*\tCoreference");
                e.mentions().forEach(id -> out.append(" T").append(mentionT.get(id)));
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String typeName(EntityMention m) {
        return switch (m.type()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case LOCATION -> "Location";
            case MISC -> "Misc";
        };
    }

    /** "s e" or "s1 e1;s2 e2" for spans over line breaks. */
    static String fragments(String text, Span span) {
        List<String> parts = new ArrayList<>();
        int s = span.start();
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (i > s) {
                    parts.add(s + " " + i);
                }
                s = i + 1;
            }
        }
        if (span.end() > s) {
            parts.add(s + " " + span.end());
        }
        return String.join(";", parts);
    }

    private static String flat(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }
}
