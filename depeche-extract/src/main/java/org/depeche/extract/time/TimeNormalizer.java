package org.depeche.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.depeche.model.TimexType;

/**
 * Computes the ISO-TimeML type and value of a matched time expression from the parts its rule
 * captured (named groups, each read through the lexicon of its name), the document creation
 * time (DCT), the tense of the governing verb, and, for expressions that lean on the narrative
 * ("le lendemain", "à 18 h"), a reference date found by {@link TimeExtractor}.
 *
 * <p>The DCT is an input, never the clock. Directions: an explicit "dernier"/"prochain" wins;
 * else the tense (past → the latest such date up to the DCT, future → the next from it); with
 * neither, a bare weekday is the next one (news announce what comes) and a day-and-month the
 * nearest one.
 */
final class TimeNormalizer {

    /** What a match resolved to. {@code day} is its calendar day when it has one (for anchoring others). */
    record Resolved(TimexType type, String value, String mod, boolean dctRelative, LocalDate day, Integer year) {
    }

    /**
     * @param tense        lazily computed tense of the governing verb
     * @param sentenceYear a year named earlier in the same sentence ("en 97, en janvier …"), or null
     * @param reference    the date a narrative expression leans on, or null in the first pass
     */
    record Context(LocalDate dct, Supplier<Tense> tense, Integer sentenceYear, LocalDate reference) {
    }

    /** How far a day-and-month may lie against the tense before the tense moves it by a year. */
    private static final long FAR_DAYS = 90;

    private final TimeRules rules;
    /** Words of the pack (folded): the half of a year ("semestre"), the conjunction inside a spelled number. */
    private final java.util.List<String> halfYear;
    private final java.util.Set<String> numberConjunction;

    TimeNormalizer(TimeRules rules) {
        this.rules = rules;
        org.depeche.lang.WordClasses words = org.depeche.lang.Languages.get(rules.lang()).words();
        this.halfYear = words.list("HALF_YEAR");
        this.numberConjunction = words.set("NUMBER_CONJUNCTION");
    }

    /** Whether a DATE match is placed by a nearby date rather than by the DCT or itself. */
    static boolean needsReference(TimeRules.Kind kind, Map<String, String> g) {
        if (kind != TimeRules.Kind.DATE) {
            return false;
        }
        if (g.containsKey("narr") || g.containsKey("narrunit") || g.containsKey("eventday")
                || g.containsKey("narrdir") && g.containsKey("weekday")) {
            return true;
        }
        boolean placed = g.containsKey("rel") || g.containsKey("day") || hasMonth(g)
                || g.containsKey("weekday") || g.containsKey("year") || g.containsKey("yy")
                || g.containsKey("season") || g.containsKey("holiday") || g.containsKey("unitref")
                || g.containsKey("decade") || g.containsKey("century") || g.containsKey("quarter");
        return !placed && !g.containsKey("deictic") && (g.containsKey("part") || g.containsKey("hour"));
    }

    Optional<Resolved> resolve(TimeRules.Kind kind, Map<String, String> g, Context ctx) {
        return switch (kind) {
            case DATE -> date(g, ctx);
            case DURATION -> duration(g);
            case AGO -> shifted(g, ctx, -1);
            case IN -> shifted(g, ctx, 1);
            case SET -> set(g);
            case REF -> ref(g);
            case IGNORE -> Optional.empty();
        };
    }

    // ---- dates and times ----

    private Optional<Resolved> date(Map<String, String> g, Context ctx) {
        LocalDate dct = ctx.dct();
        String mod = lookup("pmod", g.get("pmod")).orElse(lookup("mod", g.get("mod")).orElse(null));
        Integer deictic = g.containsKey("deictic") ? Integer.valueOf(lookup("deictic", g.get("deictic")).orElse("0"))
                : null;
        String value;
        LocalDate day = null;
        Integer year = null;
        boolean relative = false;
        if (g.containsKey("rel")) {
            if (dct == null) {
                return Optional.of(unknownDay(g, mod));
            }
            day = dct.plusDays(Integer.parseInt(lookup("rel", g.get("rel")).orElseThrow()));
            relative = true;
            value = iso(day);
        } else if (g.containsKey("narr") || g.containsKey("eventday")) {
            // "le troisième jour de la grève", "the second day of the talks": the day the story is at
            LocalDate ref = ctx.reference() != null ? ctx.reference() : dct;
            if (ref == null) {
                return Optional.of(unknownDay(g, mod));
            }
            day = g.containsKey("eventday") ? ref
                    : ref.plusDays(Integer.parseInt(lookup("narr", g.get("narr")).orElseThrow()));
            relative = ctx.reference() == null;
            value = iso(day);
        } else if (g.containsKey("narrunit")) {
            // "l'année suivante", "two days later": a unit counted from the day the story is at
            LocalDate ref = ctx.reference() != null ? ctx.reference() : dct;
            if (ref == null) {
                return Optional.of(unknownDay(g, mod));
            }
            String unit = lookup("unit", g.get("narrunit")).orElse(null);
            Integer n = g.containsKey("num") ? number(g.get("num")) : Integer.valueOf(1);
            if (unit == null || n == null) {
                return Optional.empty();
            }
            String[] parts = unit.split(":");
            int factor = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            int k = Integer.parseInt(lookup("narrdir", g.get("narrdir")).orElse("0")) * n * factor;
            relative = ctx.reference() == null;
            switch (parts[0]) {
                case "Y" -> {
                    year = ref.getYear() + k;
                    value = String.format(Locale.ROOT, "%04d", year);
                }
                case "M" -> {
                    YearMonth ym = YearMonth.from(ref).plusMonths(k);
                    value = String.format(Locale.ROOT, "%04d-%02d", ym.getYear(), ym.getMonthValue());
                }
                case "W" -> value = week(ref.plusWeeks(k));
                case "D" -> {
                    day = ref.plusDays(k);
                    value = iso(day);
                }
                default -> {
                    return Optional.empty();
                }
            }
        } else if (g.containsKey("narrdir") && g.containsKey("weekday")) {
            // "le jeudi suivant", "the previous Monday": the weekday after (before) the day the story is at
            LocalDate ref = ctx.reference() != null ? ctx.reference() : dct;
            if (ref == null) {
                return Optional.of(unknownDay(g, mod));
            }
            DayOfWeek wd = DayOfWeek.of(Integer.parseInt(lookup("weekday", g.get("weekday")).orElseThrow()));
            int dir = Integer.parseInt(lookup("narrdir", g.get("narrdir")).orElse("1"));
            day = dir < 0 ? ref.with(TemporalAdjusters.previous(wd)) : ref.with(TemporalAdjusters.next(wd));
            relative = ctx.reference() == null;
            value = iso(day);
        } else if (g.containsKey("day") && hasMonth(g) && dayNumber(g.get("day")) != null) {
            int month = monthOf(g);
            int dom = dayNumber(g.get("day"));
            Integer y = explicitYear(g, dct);
            if (y == null && g.containsKey("weekday") && dct != null) {
                y = yearOfWeekday(month, dom, Integer.parseInt(lookup("weekday", g.get("weekday")).orElseThrow()), dct);
                relative = y != null;
            }
            if (y == null && ctx.sentenceYear() != null && deictic == null) {
                y = ctx.sentenceYear();
            }
            if (y == null) {
                if (dct == null) {
                    return Optional.of(new Resolved(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d",
                            month, dom), mod, false, null, null));
                }
                y = inferYear(month, dom, deictic, ctx.tense(), dct);
                relative = true;
            }
            if (dom > YearMonth.of(y, month).lengthOfMonth()) {
                return Optional.empty();
            }
            day = LocalDate.of(y, month, dom);
            year = y;
            value = iso(day);
        } else if (g.containsKey("day") && g.containsKey("weekday") && dayNumber(g.get("day")) != null) {
            // "mardi 3": the nearest day 3 that is a Tuesday
            if (dct == null) {
                return Optional.of(unknownDay(g, mod));
            }
            int dom = dayNumber(g.get("day"));
            int wd = Integer.parseInt(lookup("weekday", g.get("weekday")).orElseThrow());
            long bestDistance = Long.MAX_VALUE;
            for (int k = -3; k <= 3; k++) {
                YearMonth ym = YearMonth.from(dct).plusMonths(k);
                if (dom <= ym.lengthOfMonth() && ym.atDay(dom).getDayOfWeek().getValue() == wd) {
                    long dist = Math.abs(ym.atDay(dom).toEpochDay() - dct.toEpochDay());
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        day = ym.atDay(dom);
                    }
                }
            }
            if (day == null) {
                return Optional.empty();
            }
            relative = true;
            value = iso(day);
        } else if (g.containsKey("quarter")) {
            String halfWord = Lexicon.fold(g.getOrDefault("half", ""));
            boolean half = halfYear.stream().anyMatch(halfWord::startsWith);
            int q = Integer.parseInt(lookup("quarter", g.get("quarter")).orElseThrow());
            if (half && q > 2) {
                q = 2;
            }
            Integer y = explicitYear(g, dct);
            if (y == null && dct == null) {
                return Optional.empty();
            }
            if (y == null && ctx.sentenceYear() != null && deictic == null) {
                y = ctx.sentenceYear();
            }
            if (y == null) {
                y = dct.getYear() + (deictic == null ? 0 : deictic);
                relative = true;
            }
            year = y;
            value = String.format(Locale.ROOT, "%04d-%s%d", y, half ? "H" : "Q", q);
        } else if (g.containsKey("weekof") && hasMonth(g)) {
            // "the last week of March", "la première semaine de mai"
            int month = monthOf(g);
            Integer y = explicitYear(g, dct);
            if (y == null && ctx.sentenceYear() != null) {
                y = ctx.sentenceYear();
            }
            if (y == null) {
                if (dct == null) {
                    return Optional.empty();
                }
                y = inferYear(month, null, null, ctx.tense(), dct);
                relative = true;
            }
            year = y;
            YearMonth ym = YearMonth.of(y, month);
            boolean last = lookup("weekof", g.get("weekof")).orElse("1").equals("-1");
            // as ISO 8601 counts weeks, the week that holds the month's first (last) Thursday
            value = week(last ? ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY))
                    : ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)));
        } else if (hasMonth(g)) {
            int month = monthOf(g);
            Integer y = explicitYear(g, dct);
            if (y == null && ctx.sentenceYear() != null && deictic == null) {
                y = ctx.sentenceYear();
            }
            if (y == null) {
                if (dct == null) {
                    return Optional.of(new Resolved(TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", month),
                            mod, false, null, null));
                }
                y = inferYear(month, null, deictic, ctx.tense(), dct);
                relative = true;
            }
            year = y;
            value = String.format(Locale.ROOT, "%04d-%02d", y, month);
        } else if (g.containsKey("holiday")) {
            Integer y = explicitYear(g, dct);
            String h = lookup("holiday", g.get("holiday")).orElseThrow();
            if (y == null && dct == null) {
                return Optional.of(new Resolved(TimexType.DATE, h.startsWith("E") ? "XXXX-XX-XX" : "XXXX-" + h,
                        mod, false, null, null));
            }
            if (y == null) {
                y = dct.getYear();
                LocalDate candidate = holiday(h, y);
                Tense t = deictic != null ? (deictic < 0 ? Tense.PAST : deictic > 0 ? Tense.FUTURE : Tense.NONE)
                        : ctx.tense().get();
                if (t == Tense.PAST && candidate.isAfter(dct)) {
                    y--;
                } else if (t == Tense.FUTURE && candidate.isBefore(dct)) {
                    y++;
                } else if (t != Tense.PAST && t != Tense.FUTURE) {
                    y = nearestYear(y, dct, c -> holiday(h, c));
                }
                relative = true;
            }
            day = holiday(h, y);
            year = y;
            value = iso(day);
        } else if (g.containsKey("season")) {
            String season = lookup("season", g.get("season")).orElseThrow();
            Integer y = explicitYear(g, dct);
            if (y == null && deictic != null && dct != null) {
                int start = switch (season) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                y = dct.getYear();
                if (deictic < 0 && start + 2 >= dct.getMonthValue()) {
                    y--;
                } else if (deictic > 0 && start <= dct.getMonthValue()) {
                    y++;
                }
                relative = true;
            }
            if (y == null && ctx.sentenceYear() != null) {
                y = ctx.sentenceYear();
            }
            if (y == null && dct != null && deictic == null
                    && (g.containsKey("told") || g.containsKey("pmod"))) {
                // a told season is the last one (past tense) or the next one (future); a season in the
                // present tense is a habit ("en été, la ville se vide") and stays generic, and so does a
                // season without article or preposition ("hiver comme été")
                Tense t = ctx.tense().get();
                int start = switch (season) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                if (t == Tense.PAST) {
                    y = start > dct.getMonthValue() ? dct.getYear() - 1 : dct.getYear();
                    relative = true;
                } else if (t == Tense.FUTURE) {
                    y = start + 2 < dct.getMonthValue() ? dct.getYear() + 1 : dct.getYear();
                    relative = true;
                }
            }
            value = (y == null ? "XXXX" : String.format(Locale.ROOT, "%04d", y)) + "-" + season;
            year = y;
        } else if (g.containsKey("weekday")) {
            if (dct == null) {
                return Optional.of(unknownDay(g, mod));
            }
            int wd = Integer.parseInt(lookup("weekday", g.get("weekday")).orElseThrow());
            day = weekday(DayOfWeek.of(wd), deictic, ctx.tense(), dct);
            relative = true;
            value = iso(day);
        } else if (g.containsKey("unitref")) {
            if (dct == null) {
                return Optional.empty();
            }
            String unit = lookup("unit", g.get("unitref")).orElseThrow();
            int shift = deictic == null ? 0 : deictic;
            relative = true;
            switch (unit) {
                case "Y" -> {
                    year = dct.getYear() + shift;
                    value = String.format(Locale.ROOT, "%04d", year);
                }
                case "M" -> {
                    YearMonth ym = YearMonth.from(dct).plusMonths(shift);
                    year = ym.getYear();
                    value = String.format(Locale.ROOT, "%04d-%02d", ym.getYear(), ym.getMonthValue());
                }
                case "W" -> value = week(dct.plusWeeks(shift));
                case "WE" -> {
                    Tense t = shift < 0 ? Tense.PAST : shift > 0 ? Tense.FUTURE : ctx.tense().get();
                    LocalDate saturday = t == Tense.PAST
                            ? dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                            : dct.getDayOfWeek() == DayOfWeek.SUNDAY ? dct.minusDays(1)
                            : dct.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                    value = week(saturday) + "-WE";
                }
                case "Q", "M:3" -> {
                    LocalDate q = dct.plusMonths(3L * shift);
                    value = String.format(Locale.ROOT, "%04d-Q%d", q.getYear(), q.get(IsoFields.QUARTER_OF_YEAR));
                }
                case "M:6" -> {
                    LocalDate h = dct.plusMonths(6L * shift);
                    value = String.format(Locale.ROOT, "%04d-H%d", h.getYear(), h.getMonthValue() <= 6 ? 1 : 2);
                }
                case "D" -> {
                    day = dct.plusDays(shift);
                    value = iso(day);
                }
                default -> {
                    return Optional.empty();
                }
            }
        } else if (g.containsKey("decade")) {
            String d = g.get("decade");
            String digits = d.length() >= 4 ? d.substring(0, 3) : (Integer.parseInt(d) >= 20 || dct == null
                    ? "19" : "20") + d.charAt(0);
            // ISO-TimeML writes a decade with three digits ("198"); some corpora add an X ("198X")
            value = digits + lookup("style", "decade").filter(v -> !v.equals("-")).orElse("");
        } else if (g.containsKey("century")) {
            Integer c = century(g.get("century"));
            if (c == null) {
                return Optional.empty();
            }
            value = String.format(Locale.ROOT, "%02dXX", c - 1);
        } else if (g.containsKey("year") || g.containsKey("yy")) {
            year = explicitYear(g, dct);
            if (year == null) {
                return Optional.empty();
            }
            value = String.format(Locale.ROOT, "%04d", year);
        } else if (g.containsKey("part") || g.containsKey("hour")) {
            // "ce matin" is the publication day; a bare "la nuit" or "à 18 h" the story's day
            LocalDate ref = ctx.reference() != null && deictic == null ? ctx.reference() : dct;
            relative = ref == dct;
            if (ref != null && ref == dct && deictic != null && deictic < 0) {
                ref = dct.minusDays(1); // "last night"
            }
            day = ref;
            value = ref == null ? "XXXX-XX-XX" : iso(ref);
        } else {
            return Optional.empty();
        }
        TimexType type = TimexType.DATE;
        String time = timeOfDay(g);
        if (time != null && day != null) {
            value = value + "T" + time;
            type = TimexType.TIME;
        }
        return Optional.of(new Resolved(type, value, mod, relative, day, year));
    }

    private static boolean hasMonth(Map<String, String> g) {
        return g.containsKey("month") || g.containsKey("monthnum");
    }

    private int monthOf(Map<String, String> g) {
        if (g.containsKey("monthnum")) {
            return Integer.parseInt(g.get("monthnum"));
        }
        return Integer.parseInt(lookup("month", g.get("month")).orElseThrow());
    }

    private Resolved unknownDay(Map<String, String> g, String mod) {
        String time = timeOfDay(g);
        return new Resolved(time == null ? TimexType.DATE : TimexType.TIME,
                "XXXX-XX-XX" + (time == null ? "" : "T" + time), mod, false, null, null);
    }

    /** "21:45", or a part of the day ("MO"), or null. */
    private String timeOfDay(Map<String, String> g) {
        if (g.containsKey("hour")) {
            int h = Integer.parseInt(g.get("hour"));
            int m = g.containsKey("minute") ? Integer.parseInt(g.get("minute")) : 0;
            if (g.containsKey("ampm")) {
                // "p.m." in English; in French the half of the day read through ampm.tsv ("du soir" → pm)
                String half = lookup("ampm", g.get("ampm")).orElse(g.get("ampm"));
                boolean pm = Lexicon.fold(half).startsWith("p");
                if (pm && h < 12) {
                    h += 12;
                } else if (!pm && h == 12) {
                    h = 0;
                }
            }
            if (h > 24 || m > 59) {
                return null;
            }
            String zone = lookup("tz", g.get("tz")).filter(z -> !z.equals("-")).orElse("");
            return String.format(Locale.ROOT, "%02d:%02d", h, m) + zone;
        }
        if (g.containsKey("part")) {
            return lookup("part", g.get("part")).orElse(null);
        }
        return null;
    }

    private Integer explicitYear(Map<String, String> g, LocalDate dct) {
        if (g.containsKey("year")) {
            return Integer.valueOf(g.get("year"));
        }
        if (g.containsKey("ydeictic") && dct != null) {
            // "October of next year", "au premier trimestre de l'an dernier"
            return dct.getYear() + Integer.parseInt(lookup("deictic", g.get("ydeictic")).orElse("0"));
        }
        if (g.containsKey("yy")) {
            int yy = Integer.parseInt(g.get("yy").replaceAll("\\D", ""));
            int base = dct == null ? 2000 : dct.getYear();
            int best = 0;
            for (int c = base / 100 - 1; c <= base / 100; c++) {
                int y = c * 100 + yy;
                if (best == 0 || Math.abs(y - base) < Math.abs(best - base)) {
                    best = y;
                }
            }
            return best;
        }
        return null;
    }

    /** The year of a month (and day) named without one. */
    static int inferYear(int month, Integer dom, Integer deictic, Supplier<Tense> tense, LocalDate dct) {
        int y = dct.getYear();
        if (deictic != null && deictic != 0) {
            int cmp = dom == null ? Integer.compare(month, dct.getMonthValue())
                    : LocalDate.of(y, month, Math.min(dom, YearMonth.of(y, month).lengthOfMonth())).compareTo(dct);
            if (deictic < 0) {
                return cmp >= 0 ? y - 1 : y;
            }
            return cmp <= 0 ? y + 1 : y;
        }
        Tense t = tense.get();
        if (dom == null) {
            int cmp = Integer.compare(month, dct.getMonthValue());
            if (t == Tense.PAST && cmp > 0) {
                return y - 1;
            }
            if (t == Tense.FUTURE && cmp < 0) {
                return y + 1;
            }
            return y;
        }
        // a day and month: the nearest occurrence; the tense only turns one more than a season away
        LocalDate candidate = LocalDate.of(y, month, Math.min(dom, YearMonth.of(y, month).lengthOfMonth()));
        long days = candidate.toEpochDay() - dct.toEpochDay();
        if (t == Tense.PAST && days > FAR_DAYS) {
            return y - 1;
        }
        if (t == Tense.FUTURE && days < -FAR_DAYS) {
            return y + 1;
        }
        long best = Long.MAX_VALUE;
        int bestYear = y;
        for (int c = y - 1; c <= y + 1; c++) {
            LocalDate d = LocalDate.of(c, month, Math.min(dom, YearMonth.of(c, month).lengthOfMonth()));
            long dist = Math.abs(d.toEpochDay() - dct.toEpochDay());
            if (dist < best) {
                best = dist;
                bestYear = c;
            }
        }
        return bestYear;
    }

    private static int nearestYear(int y, LocalDate dct, java.util.function.IntFunction<LocalDate> dateIn) {
        int best = y;
        long bestDistance = Long.MAX_VALUE;
        for (int c = y - 1; c <= y + 1; c++) {
            long dist = Math.abs(dateIn.apply(c).toEpochDay() - dct.toEpochDay());
            if (dist < bestDistance) {
                best = c;
                bestDistance = dist;
            }
        }
        return best;
    }

    /** The year, nearest the DCT, in which a day and month fall on the weekday named with them ("jeudi 16 septembre"). */
    static Integer yearOfWeekday(int month, int dom, int weekday, LocalDate dct) {
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            if (dom > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, dom);
            long dist = Math.abs(d.toEpochDay() - dct.toEpochDay());
            if (d.getDayOfWeek().getValue() == weekday && dist < bestDistance) {
                best = y;
                bestDistance = dist;
            }
        }
        return best;
    }

    /** A weekday named without a date: "dernier"/"prochain" first, then the tense. */
    static LocalDate weekday(DayOfWeek wd, Integer deictic, Supplier<Tense> tense, LocalDate dct) {
        if (deictic != null && deictic < 0) {
            return dct.with(TemporalAdjusters.previous(wd));
        }
        if (deictic != null && deictic > 0) {
            return dct.with(TemporalAdjusters.next(wd));
        }
        // no verb at all (a headline) is read as an announcement, like the present
        return tense.get() == Tense.PAST ? dct.with(TemporalAdjusters.previousOrSame(wd))
                : dct.with(TemporalAdjusters.nextOrSame(wd));
    }

    private static LocalDate holiday(String spec, int year) {
        if (spec.startsWith("E")) {
            return easter(year).plusDays(Integer.parseInt(spec.substring(1)));
        }
        return LocalDate.of(year, Integer.parseInt(spec.substring(0, 2)), Integer.parseInt(spec.substring(3, 5)));
    }

    /** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private Integer dayNumber(String s) {
        String digits = s.replaceAll("(?i)(er|re|st|nd|rd|th)$", "");
        if (digits.matches("\\d{1,2}")) {
            int d = Integer.parseInt(digits);
            return d >= 1 && d <= 31 ? d : null;
        }
        Integer n = number(s);
        return n != null && n >= 1 && n <= 31 ? n : null;
    }

    private static Integer century(String s) {
        String r = s.toUpperCase(Locale.ROOT).replaceAll("(E|ÈME|EME|TH|ST|ND|RD)$", "");
        if (r.matches("\\d+")) {
            return Integer.valueOf(r);
        }
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> -1;
            };
            if (v < 0) {
                return null;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total == 0 ? null : total;
    }

    // ---- durations, shifts, sets, fixed references ----

    private Optional<Resolved> duration(Map<String, String> g) {
        if (g.containsKey("periodadj")) {
            // "annual", "yearly" before a noun: the quantity is measured over one period ("annual growth")
            return lookup("periodadj", g.get("periodadj"))
                    .map(v -> new Resolved(TimexType.DURATION, v, null, false, null, null));
        }
        String unit = lookup("unit", g.get("unit")).orElse(null);
        if (unit == null) {
            return Optional.empty();
        }
        String mod = lookup("mod", g.get("mod")).orElse(null);
        Integer n = g.containsKey("num") ? number(g.get("num")) : null;
        String amount;
        if (g.containsKey("num") && n == null) {
            amount = "X";
        } else if (!g.containsKey("num")) {
            amount = g.containsKey("deictic") ? "X" : "1";
        } else {
            amount = null;
        }
        String value = durationValue(n, amount, unit);
        if (g.containsKey("half") && n != null && amount == null) {
            // "un an et demi", "un siècle et demi": n + 1/2 units, an ISO 8601 decimal where not whole
            String[] parts = unit.split(":");
            int factor = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            double count = (n + 0.5) * factor;
            String c = count == Math.rint(count) ? String.valueOf((long) count) : String.valueOf(count);
            value = value.replaceFirst("\\d+(\\D+)$", c + "$1");
        }
        return Optional.of(new Resolved(TimexType.DURATION, value, mod, false, null, null));
    }

    private static String durationValue(Integer n, String amount, String unit) {
        String[] parts = unit.split(":");
        String letter = parts[0];
        int factor = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        String count = amount != null && amount.equals("X") ? "X" : String.valueOf((n == null ? 1 : n) * factor);
        if (letter.equals("WE")) {
            return "P" + count + "WE";
        }
        if (letter.startsWith("T")) {
            return "PT" + count + letter.substring(1);
        }
        return "P" + count + letter;
    }

    private Optional<Resolved> shifted(Map<String, String> g, Context ctx, int sign) {
        String unit = lookup("unit", g.get("unit")).orElse(null);
        Integer n = g.containsKey("num") ? number(g.get("num")) : Integer.valueOf(1);
        LocalDate dct = ctx.dct();
        if (unit == null) {
            return Optional.empty();
        }
        String[] parts = unit.split(":");
        int factor = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        if (n == null || dct == null) {
            return Optional.of(new Resolved(TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, dct != null,
                    null, null));
        }
        long k = (long) sign * n * factor;
        String value;
        LocalDate day = null;
        Integer year = null;
        switch (parts[0]) {
            case "D", "TH", "TM", "TS" -> {
                day = parts[0].equals("D") ? dct.plusDays(k) : dct;
                value = iso(day);
            }
            case "W", "WE" -> {
                day = dct.plusWeeks(k);
                value = iso(day);
            }
            case "M" -> {
                YearMonth ym = YearMonth.from(dct).plusMonths(k);
                value = String.format(Locale.ROOT, "%04d-%02d", ym.getYear(), ym.getMonthValue());
            }
            case "Y" -> {
                year = (int) (dct.getYear() + k);
                value = String.format(Locale.ROOT, "%04d", year);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(new Resolved(TimexType.DATE, value, null, true, day, year));
    }

    private Optional<Resolved> set(Map<String, String> g) {
        if (g.containsKey("setadj")) {
            return Optional.of(new Resolved(TimexType.SET, lookup("setadj", g.get("setadj")).orElseThrow(), null,
                    false, null, null));
        }
        if (g.containsKey("weekday")) {
            String wd = lookup("weekday", g.get("weekday")).orElseThrow();
            String part = g.containsKey("part") ? lookup("part", g.get("part")).map(p -> "T" + p).orElse("") : "";
            return Optional.of(new Resolved(TimexType.SET, "XXXX-WXX-" + wd + part,
                    null, false, null, null));
        }
        if (g.containsKey("season")) {
            return Optional.of(new Resolved(TimexType.SET, "XXXX-" + lookup("season", g.get("season")).orElseThrow(),
                    null, false, null, null));
        }
        if (g.containsKey("part")) {
            return Optional.of(new Resolved(TimexType.SET, "XXXX-XX-XXT" + lookup("part", g.get("part")).orElseThrow(),
                    null, false, null, null));
        }
        String unit = lookup("unit", g.get("unit")).orElse(null);
        if (unit == null) {
            return Optional.empty();
        }
        Integer n = g.containsKey("num") ? number(g.get("num")) : Integer.valueOf(1);
        return Optional.of(new Resolved(TimexType.SET, durationValue(n, n == null ? "X" : null, unit), null, false,
                null, null));
    }

    private Optional<Resolved> ref(Map<String, String> g) {
        String v = lookup("ref", g.get("ref")).orElse(null);
        if (v == null) {
            return Optional.empty();
        }
        String[] tv = v.split("\\s+");
        return Optional.of(new Resolved(TimexType.valueOf(tv[0]), tv[1], null, false, null, null));
    }

    // ---- helpers ----

    /** A number in digits or words ("vingt-cinq", "twenty-one"); null for vague amounts ("plusieurs"). */
    Integer number(String s) {
        String t = s.strip();
        if (t.matches("\\d+")) {
            return Integer.valueOf(t);
        }
        if (t.matches("\\d+[.,]\\d+")) {
            return null;
        }
        Optional<String> whole = lookup("numword", t);
        if (whole.isPresent()) {
            return whole.get().equals("X") ? null : Integer.valueOf(whole.get());
        }
        int total = 0;
        int current = 0;
        for (String w : Lexicon.fold(t).split("[-\\s]+")) {
            if (w.isEmpty() || numberConjunction.contains(w)) {
                continue;
            }
            Optional<String> v = lookup("numword", w);
            if (v.isEmpty() || v.get().equals("X")) {
                return null;
            }
            int n = Integer.parseInt(v.get());
            if (n == 100) {
                current = Math.max(current, 1) * 100;
            } else if (n == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (n == 20 && current == 4) {
                current = 80;
            } else {
                current += n;
            }
        }
        return total + current;
    }

    private Optional<String> lookup(String lexicon, String form) {
        if (form == null || !rules.hasLexicon(lexicon)) {
            return Optional.empty();
        }
        return rules.lexicon(lexicon).value(form);
    }

    private static String iso(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
