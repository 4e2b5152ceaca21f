package org.depeche.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.Event;
import org.depeche.model.Span;
import org.depeche.model.TimeExpression;

/**
 * brat standoff ({@code .ann}) for a document whose text is written unchanged beside it as
 * {@code .txt}. Entity mentions become text-bound annotations typed Person, Organization,
 * Location, Misc (WiNER-fr's names); time expressions become {@code Time} annotations with the
 * TIMEX3 type and value as notes; each merged entity becomes a {@code Coreference} equivalence over its
 * mentions. Events become a trigger annotation typed with the ACE subtype
 * ("Transfer-Ownership", "Attack"…) and an {@code E} line whose arguments point at the fillers'
 * text-bound annotations (an entity mention with the same span, or a new {@code Argument}
 * annotation; a role that repeats is numbered, "Artifact2", as brat requires); NEGATIVE polarity
 * and OTHER modality are the attributes {@code Negation} and {@code Speculation} (BioNLP
 * shared-task names), and the full type, time, sources and linked mentions go into a note.
 * A span that crosses a line break is split into fragments, as brat requires.
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
        Map<String, Integer> bySpan = new HashMap<>();
        int mt = 0;
        for (EntityMention m : doc.mentions()) {
            mt++;
            bySpan.putIfAbsent(m.start() + ":" + m.end(), mt);
        }
        int attr = 0;
        Map<String, String> eventIds = new HashMap<>();
        int e = 0;
        for (Event ev : doc.events()) {
            e++;
            eventIds.put(ev.id(), "E" + e);
        }
        e = 0;
        for (Event ev : doc.events()) {
            e++;
            String subtype = ev.type().substring(ev.type().indexOf('.') + 1);
            t++;
            int trigger = t;
            out.append('T').append(t).append('\t').append(subtype).append(' ')
                    .append(fragments(text, ev.trigger().span())).append('\t').append(flat(ev.trigger().text())).append('\n');
            StringBuilder line = new StringBuilder("E" + e + "\t" + subtype + ":T" + trigger);
            Map<String, Integer> roleCount = new HashMap<>();
            for (Event.Argument a : ev.arguments()) {
                String key = a.filler().start() + ":" + a.filler().end();
                Integer ref = bySpan.get(key);
                if (ref == null) {
                    t++;
                    ref = t;
                    bySpan.put(key, t);
                    out.append('T').append(t).append("\tArgument ").append(fragments(text, a.filler().span()))
                            .append('\t').append(flat(a.filler().text())).append('\n');
                }
                int n = roleCount.merge(a.role(), 1, Integer::sum);
                line.append(' ').append(a.role()).append(n == 1 ? "" : String.valueOf(n)).append(":T").append(ref);
            }
            out.append(line).append('\n');
            if (ev.polarity() == Event.Polarity.NEGATIVE) {
                attr++;
                out.append('A').append(attr).append("\tNegation E").append(e).append('\n');
            }
            if (ev.modality() == Event.Modality.OTHER) {
                attr++;
                out.append('A').append(attr).append("\tSpeculation E").append(e).append('\n');
            }
            StringBuilder n = new StringBuilder(ev.type());
            if (ev.time() != null) {
                n.append(" time=").append(ev.time());
            }
            if (!ev.sources().isEmpty()) {
                n.append(" sources=");
                n.append(String.join("; ", ev.sources().stream().map(src -> flat(src.text())).toList()));
            }
            if (!ev.coreferent().isEmpty()) {
                n.append(" same-event=").append(String.join(",",
                        ev.coreferent().stream().map(id -> eventIds.getOrDefault(id, id)).toList()));
            }
            note++;
            out.append('#').append(note).append("\tAnnotatorNotes E").append(e).append('\t').append(n).append('\n');
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
