package org.depeche.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.depeche.extract.entities.Countries;
import org.depeche.model.Document;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.MentionKind;

/**
 * Joins an article's entity clusters to store-level entities (see docs/store.md, "One entity across articles").
 *
 * <p>A cluster's <em>join keys</em> are the normalised forms of its full names: every name of an
 * organisation, place or miscellaneous entity, and the names of two words or more of a person, and,
 * for a country named in French or English (CLDR names, aliases, acronyms), {@code country:ISO}.
 * A cluster joins the store entity of the same type that most of its keys already lead to; with
 * none, it founds one, whose id is its type and first key. A person named by one word only in
 * the whole article ("Verdier") has no join key: it joins only other one-word clusters of that word
 * ({@code PER~verdier}), never a full name; its one-word name becomes a non-joining alias of the
 * full-name entity when an article names both. Titles are kept as non-joining aliases.
 */
final class EntityJoiner {

    /** A join decision for one cluster. */
    record Joined(String entityId, String storeEntity, String type, String name, boolean isNew, List<Alias> aliases) {
    }

    /** An alias to record for a store entity. */
    record Alias(String norm, String text, String kind, boolean joinable) {
    }

    private static final Map<String, Countries> COUNTRIES = new java.util.concurrent.ConcurrentHashMap<>();

    private EntityJoiner() {
    }

    /**
     * @param lookup joinable alias key → store entity ids it leads to, with their type ("id\ttype")
     */
    static List<Joined> join(Document doc, Function<String, List<String[]>> lookup) {
        Map<String, EntityMention> mentions = new LinkedHashMap<>();
        for (EntityMention m : doc.mentions()) {
            mentions.put(m.id(), m);
        }
        List<Joined> out = new ArrayList<>();
        for (Entity e : doc.entities()) {
            String type = e.type() == null ? EntityType.MISC.code() : e.type().code();
            Set<String> names = new LinkedHashSet<>();
            if (e.name() != null) {
                names.add(e.name());
            }
            for (String id : e.mentions()) {
                EntityMention m = mentions.get(id);
                if (m != null && m.kind() == MentionKind.NAME) {
                    names.add(m.text());
                }
            }
            List<Alias> aliases = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            String country = null;
            if (!"PER".equals(type)) {
                for (String n : names) {
                    country = countryOf(n, doc.lang());
                    if (country != null) {
                        break;
                    }
                }
            }
            for (String n : names) {
                String norm = Names.normalize(n);
                if (norm.isEmpty()) {
                    continue;
                }
                boolean full = !"PER".equals(type) || Names.words(norm) >= 2;
                aliases.add(new Alias(norm, n, full ? "name" : "short", full));
                if (full && !keys.contains(norm)) {
                    keys.add(norm);
                }
            }
            for (String t : e.titles()) {
                String norm = Names.normalize(t);
                if (!norm.isEmpty()) {
                    aliases.add(new Alias(norm, t, "title", false));
                }
            }
            if (aliases.isEmpty()) {
                continue;
            }
            String storeEntity;
            String name = e.name() != null ? e.name() : aliases.get(0).text();
            boolean isNew = false;
            if (country != null) {
                storeEntity = "country:" + country;
                type = "LOC";
                name = countryName(country, doc.lang(), name);
                aliases.add(new Alias("country:" + country.toLowerCase(java.util.Locale.ROOT), country, "country", true));
                isNew = true;
            } else if (keys.isEmpty()) {
                storeEntity = type + "~" + aliases.get(0).norm();
                isNew = true;
            } else {
                storeEntity = best(keys, type, lookup);
                if (storeEntity == null) {
                    storeEntity = type + ":" + keys.get(0);
                    isNew = true;
                }
            }
            out.add(new Joined(e.id(), storeEntity, type, name, isNew, aliases));
        }
        return out;
    }

    private static String best(List<String> keys, String type, Function<String, List<String[]>> lookup) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String k : keys) {
            for (String[] hit : lookup.apply(k)) {
                if (hit[1].equals(type)) {
                    votes.merge(hit[0], 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** ISO code when the name is a country's (in the article's language, else French or English), else null. */
    static String countryOf(String name, String lang) {
        for (String l : lang == null ? List.of("fr", "en") : List.of(lang, "fr", "en")) {
            String code = countries(l).ofCountryName(name);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String countryName(String code, String lang, String fallback) {
        String n = countries(lang == null ? "fr" : lang).nameOf(code);
        return n == null || n.equals(code) ? fallback : n;
    }

    private static Countries countries(String lang) {
        return COUNTRIES.computeIfAbsent(lang, l -> {
            try {
                return Countries.forLanguage(l);
            } catch (RuntimeException e) {
                return Countries.forLanguage("fr");
            }
        });
    }
}
