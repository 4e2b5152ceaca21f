package org.depeche.io;

import java.util.ArrayList;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.Quote;
import org.depeche.model.SourceRef;
import org.depeche.model.Span;
import org.depeche.model.TimeExpression;

/**
 * brat standoff ({@code .ann}) for a document whose text is written unchanged beside it as
 * {@code .txt}. Entity mentions become text-bound annotations typed Person, Organization,
 * Location, Misc (WiNER-fr's names); time expressions become {@code Time} annotations with the
 * TIMEX3 type and value as notes. Quotes become {@code Quote} annotations (attribute {@code Kind}:
 * Direct, Indirect or Mixed), with a {@code Cue} annotation and relation {@code CueOf}, a
 * {@code Speaker} annotation and relation {@code SaidBy}, and a {@code Source} annotation with
 * relation {@code Via} per source the words came through (nearest the speaker first, in order of
 * the relation ids). Annotations of the same type and span are written once. A span that crosses a
 * line break is split into fragments, as brat requires.
 */
public final class BratWriter {

    private BratWriter() {
    }

    public static String write(Document doc) {
        StringBuilder out = new StringBuilder();
        int t = 0;
        int note = 0;
        String text = doc.text();
        for (EntityMention m : doc.mentions()) {
            t++;
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
        int r = 0;
        int a = 0;
        java.util.Map<String, Integer> written = new java.util.HashMap<>();
        for (Quote q : doc.quotes()) {
            int qt = ++t;
            out.append('T').append(qt).append("\tQuote ").append(fragments(text, q.content().span())).append('\t')
                    .append(flat(q.content().text())).append('\n');
            a++;
            String kind = q.kind().name().charAt(0) + q.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT);
            out.append('A').append(a).append("\tKind T").append(qt).append(' ').append(kind).append('\n');
            if (q.cue() != null) {
                int ct = ++t;
                out.append('T').append(ct).append("\tCue ").append(fragments(text, new Span(q.cue().start(), q.cue().end())))
                        .append('\t').append(flat(q.cue().text())).append('\n');
                r++;
                out.append('R').append(r).append("\tCueOf Arg1:T").append(ct).append(" Arg2:T").append(qt).append('\n');
            }
            if (q.speaker() != null) {
                int st = sourceAnnotation(out, written, "Speaker", q.speaker(), text, t);
                t = Math.max(t, st);
                r++;
                out.append('R').append(r).append("\tSaidBy Arg1:T").append(qt).append(" Arg2:T").append(st).append('\n');
            }
            for (SourceRef v : q.via()) {
                int vt = sourceAnnotation(out, written, "Source", v, text, t);
                t = Math.max(t, vt);
                r++;
                out.append('R').append(r).append("\tVia Arg1:T").append(qt).append(" Arg2:T").append(vt).append('\n');
            }
        }
        return out.toString();
    }

    /** Writes a Speaker or Source annotation unless one with the same span exists; returns its number. */
    private static int sourceAnnotation(StringBuilder out, java.util.Map<String, Integer> written, String type,
                                        SourceRef ref, String text, int lastT) {
        String key = type + " " + ref.start() + " " + ref.end();
        Integer existing = written.get(key);
        if (existing != null) {
            return existing;
        }
        int id = lastT + 1;
        written.put(key, id);
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
