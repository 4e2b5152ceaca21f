package org.depeche.extract.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.depeche.extract.events.EventExtractor.Arg;
import org.depeche.extract.events.EventExtractor.Mention;
import org.depeche.lang.Languages;

/**
 * Links the mentions of one event within an article and completes each mention from the others.
 *
 * <p>Greedy, in text order: a mention joins the most recent earlier event of the same subtype,
 * polarity and modality whose identifying roles ({@code types.tsv}, marked *) agree with its own
 * wherever both name them, and whose time, if both have one, is the same, provided there is
 * evidence: an identifying role they share, or an anaphoric nominal trigger ("l'attentat",
 * "cette rencontre"). A bare anaphoric mention ("l'attentat", nothing else said) goes to the
 * event of its type the article has said most about; so do events named only by such mentions. Two fillers agree when they share an
 * entity cluster, have the same head word, or one's words contain the other's. A linked mention
 * then takes each role it lacks from the nearest co-mention that names it, and the time of its
 * event. Sources stay per mention (who reports this mention); the event's sources are those of
 * all its linked mentions.
 */
final class EventLinker {

    private EventLinker() {
    }

    static void link(List<Mention> mentions, EventLexicon lx) {
        List<List<Mention>> events = new ArrayList<>();
        for (Mention m : mentions) {
            List<Mention> target = null;
            if (m.anaphoric && !hasIdentity(List.of(m), lx)) {
                // "l'attentat", "ce décès" with nothing else said: the most talked-about such event so far
                for (int i = events.size() - 1; i >= 0; i--) {
                    List<Mention> ev = events.get(i);
                    if (ev.get(0).type.equals(m.type) && compatible(ev, m, lx)
                            && (target == null || salience(ev, lx) > salience(target, lx))) {
                        target = ev;
                    }
                }
            } else {
                for (int i = events.size() - 1; i >= 0 && target == null; i--) {
                    List<Mention> ev = events.get(i);
                    if (ev.get(0).type.equals(m.type) && compatible(ev, m, lx)) {
                        target = ev;
                    }
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                events.add(target);
            }
            target.add(m);
        }
        // events named only by bare anaphoric nouns join the most talked-about event of their type
        for (List<Mention> ev : new ArrayList<>(events)) {
            if (hasIdentity(ev, lx) || !ev.stream().allMatch(x -> x.anaphoric)) {
                continue;
            }
            List<Mention> best = null;
            for (List<Mention> other : events) {
                // a demonstrative ("cette visite") points back: only to an event named before it
                boolean backward = ev.stream().noneMatch(x -> x.demonstrative) || other.get(0).head < ev.get(0).head;
                if (other != ev && backward && other.get(0).type.equals(ev.get(0).type) && hasIdentity(other, lx)
                        && ev.stream().allMatch(x -> compatibleFacts(other, x))
                        && (best == null || other.size() > best.size())) {
                    best = other;
                }
            }
            if (best != null) {
                best.addAll(ev);
                best.sort(java.util.Comparator.comparingInt(x -> x.head));
                events.remove(ev);
            }
        }
        for (List<Mention> ev : events) {
            String time = ev.stream().map(x -> x.time).filter(Objects::nonNull).findFirst().orElse(null);
            for (Mention m : ev) {
                m.chain = ev;
                if (ev.size() == 1) {
                    continue;
                }
                Set<String> roles = new LinkedHashSet<>();
                m.args.forEach(g -> roles.add(g.role));
                for (String role : lx.typeRoles.getOrDefault(m.type, List.of())) {
                    if (roles.contains(role)) {
                        continue;
                    }
                    Mention nearest = null;
                    for (Mention o : ev) {
                        boolean has = o != m && o.args.stream().anyMatch(g -> g.role.equals(role) && !g.inherited);
                        if (has && (nearest == null || Math.abs(o.head - m.head) < Math.abs(nearest.head - m.head))) {
                            nearest = o;
                        }
                    }
                    if (nearest != null) {
                        nearest.args.stream().filter(g -> g.role.equals(role) && !g.inherited)
                                .forEach(g -> m.args.add(g.inherit()));
                    }
                }
                if (m.time == null) {
                    m.time = time;
                }
            }
        }
    }

    private static boolean hasIdentity(List<Mention> ev, EventLexicon lx) {
        Set<String> id = lx.identityRoles.getOrDefault(ev.get(0).type, Set.of());
        return ev.stream().anyMatch(x -> x.args.stream().anyMatch(g -> id.contains(g.role)));
    }

    /** How much the article says about an event: its mentions, then its identified participants. */
    private static int salience(List<Mention> ev, EventLexicon lx) {
        return ev.size() * 10 + (hasIdentity(ev, lx) ? 1 : 0);
    }

    private static boolean compatibleFacts(List<Mention> ev, Mention m) {
        for (Mention o : ev) {
            if (o.time != null && m.time != null && !o.time.equals(m.time)) {
                return false;
            }
            if (o.polarity != m.polarity || o.modality != m.modality) {
                return false;
            }
        }
        return true;
    }

    private static boolean compatible(List<Mention> ev, Mention m, EventLexicon lx) {
        Set<String> id = lx.identityRoles.getOrDefault(m.type, Set.of());
        if (!compatibleFacts(ev, m)) {
            return false;
        }
        boolean evidence = m.anaphoric;
        for (String role : id) {
            List<Arg> mine = m.args.stream().filter(g -> g.role.equals(role)).toList();
            List<Arg> theirs = new ArrayList<>();
            ev.forEach(o -> o.args.stream().filter(g -> g.role.equals(role)).forEach(theirs::add));
            if (mine.isEmpty() || theirs.isEmpty()) {
                continue;
            }
            boolean any = false;
            for (Arg a : mine) {
                for (Arg b : theirs) {
                    any |= agree(a, b, lx);
                }
            }
            if (!any) {
                return false;
            }
            evidence = true;
        }
        return evidence;
    }

    static boolean agree(Arg a, Arg b, EventLexicon lx) {
        if (a.entity != null && a.entity.equals(b.entity)) {
            return true;
        }
        List<String> x = words(a.text, lx);
        List<String> y = words(b.text, lx);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (a.head >= 0 && b.head >= 0 && headWord(a, lx).equals(headWord(b, lx))) {
            return true;
        }
        return contains(x, y) || contains(y, x);
    }

    private static String headWord(Arg a, EventLexicon lx) {
        List<String> w = words(a.text, lx);
        return w.isEmpty() ? "" : w.get(0);
    }

    static boolean contains(List<String> big, List<String> small) {
        return java.util.Collections.indexOfSubList(big, small) >= 0;
    }

    /** Lowercased, accent-free words without leading determiners (the pack's DET_ANY). */
    static List<String> words(String s, EventLexicon lx) {
        Set<String> determiners = Languages.get(lx.lang).words().set("DET_ANY");
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> w = new ArrayList<>(Arrays.asList(n.split("[^\\p{L}\\p{N}]+")));
        w.removeIf(String::isEmpty);
        while (!w.isEmpty() && determiners.contains(w.get(0))) {
            w.remove(0);
        }
        return w;
    }
}
