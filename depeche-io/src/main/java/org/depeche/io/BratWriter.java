package org.depeche.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.Event;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
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
 * Quotes become {@code Quote} annotations (attribute {@code Kind}: Direct, Indirect or Mixed), with a
 * {@code Cue} annotation and relation {@code CueOf}, the speaker (its entity mention's annotation, or
 * a {@code Speaker} one) and relation {@code SaidBy}, and per source the words came through a
 * {@code Source} annotation (or the mention's) and relation {@code Via}, nearest the speaker first.
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
        int r = 0;
        for (Quote q : doc.quotes()) {
            int qt = ++t;
            out.append('T').append(qt).append("\tQuote ").append(fragments(text, q.content().span())).append('\t')
                    .append(flat(q.content().text())).append('\n');
            attr++;
            String kind = q.kind().name().charAt(0) + q.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
            out.append('A').append(attr).append("\tKind T").append(qt).append(' ').append(kind).append('\n');
            if (q.cue() != null) {
                int ct = ++t;
                out.append('T').append(ct).append("\tCue ").append(fragments(text, new Span(q.cue().start(), q.cue().end())))
                        .append('\t').append(flat(q.cue().text())).append('\n');
                r++;
                out.append('R').append(r).append("\tCueOf Arg1:T").append(ct).append(" Arg2:T").append(qt).append('\n');
            }
            if (q.speaker() != null) {
                int st = sourceAnnotation(out, bySpan, "Speaker", q.speaker(), text, t);
                t = Math.max(t, st);
                r++;
                out.append('R').append(r).append("\tSaidBy Arg1:T").append(qt).append(" Arg2:T").append(st).append('\n');
            }
            for (SourceRef v : q.via()) {
                int vt = sourceAnnotation(out, bySpan, "Source", v, text, t);
                t = Math.max(t, vt);
                r++;
                out.append('R').append(r).append("\tVia Arg1:T").append(qt).append(" Arg2:T").append(vt).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The annotation for a speaker or source: an existing one with its span (an entity mention, an
     * earlier speaker), else a new {@code Speaker}/{@code Source} annotation; returns its number.
     */
    private static int sourceAnnotation(StringBuilder out, Map<String, Integer> bySpan, String type, SourceRef ref,
                                        String text, int lastT) {
        String key = ref.start() + ":" + ref.end();
        Integer existing = bySpan.get(key);
        if (existing != null) {
            return existing;
        }
        int id = lastT + 1;
        bySpan.put(key, id);
        out.append('T').append(id).append('\t').append(type).append(' ').append(fragments(text, ref.span()))
                .append('\t').append(flat(ref.text())).append('\n');
        return id;
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
