package org.depeche.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.depeche.model.Document;
import org.depeche.model.TimeExpression;

/**
 * ISO-TimeML for a document's time expressions, as TempEval tooling reads it: the document
 * creation time in {@code <DCT>} (a TIMEX3 {@code t0} with {@code functionInDocument=
 * "CREATION_TIME"}), then the text in {@code <TEXT>} with each time expression inline as a
 * {@code <TIMEX3 tid type value [mod] [anchorTimeID temporalFunction]>}. The text is written
 * unchanged apart from XML escaping, so offsets into {@code <TEXT>} with the tags removed are
 * Depeche's offsets. Overlapping expressions (Depeche produces none) keep the first.
 */
public final class TimemlWriter {

    private TimemlWriter() {
    }

    public static String write(Document doc) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
        out.append("<DOCID>").append(escape(doc.id() == null ? "" : doc.id())).append("</DOCID>\n");
        if (doc.published() != null) {
            String dct = doc.published().toString();
            out.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(dct)
                    .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(dct)
                    .append("</TIMEX3></DCT>\n");
        }
        out.append("<TEXT>");
        String text = doc.text();
        List<TimeExpression> timexes = new ArrayList<>(doc.timexes());
        timexes.sort(Comparator.comparingInt(TimeExpression::start));
        int pos = 0;
        for (TimeExpression t : timexes) {
            if (t.start() < pos) {
                continue;
            }
            out.append(escape(text.substring(pos, t.start())));
            out.append("<TIMEX3 tid=\"").append(escape(t.id())).append("\" type=\"").append(t.type())
                    .append("\" value=\"").append(escape(t.value() == null ? "" : t.value())).append('"');
            if (t.mod() != null) {
                out.append(" mod=\"").append(escape(t.mod())).append('"');
            }
            if (t.anchor() != null) {
                out.append(" anchorTimeID=\"").append(escape(t.anchor())).append("\" temporalFunction=\"true\"");
            }
            out.append('>').append(escape(text.substring(t.start(), t.end()))).append("</TIMEX3>");
            pos = t.end();
        }
        out.append(escape(text.substring(pos)));
        out.append("</TEXT>\n</TimeML>\n");
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
