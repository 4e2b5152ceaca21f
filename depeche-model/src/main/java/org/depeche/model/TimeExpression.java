package org.depeche.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A time expression, TIMEX3-style.
 *
 * @param id       "t1", "t2"… ("t0" is the document creation time)
 * @param type     DATE, TIME, DURATION or SET
 * @param value    ISO-TimeML value: {@code 2023-09-17}, {@code 2023-W37}, {@code P3D},
 *                 {@code PRESENT_REF}, {@code XXXX-03-03}…
 * @param start    start offset in the original text
 * @param end      end offset, exclusive
 * @param text     the covered text
 * @param mod      TIMEX3 {@code mod} (APPROX, START, END, MID…), or null
 * @param anchor   id of the time this value was computed from ("t0" for the publication date)
 *                 when the expression is relative, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeExpression(String id, TimexType type, String value, int start, int end, String text,
                             String mod, String anchor) {

    public TimeExpression {
        new Span(start, end);
    }

    public Span span() {
        return new Span(start, end);
    }
}
