package org.depeche.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Entity;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Event;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Quote;
import org.depeche.model.Sentence;
import org.depeche.model.SourceRef;
import org.depeche.model.TextSpan;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;

/** Small analysed documents built by hand (texts written for these tests), so no model is loaded. */
final class TestDocs {

    private TestDocs() {
    }

    /** Builds a document over a text: spans are found by their words (the n-th occurrence). */
    static final class Builder {
        final String id;
        final String lang;
        final LocalDate published;
        final String text;
        String url;
        String source;
        final List<EntityMention> mentions = new ArrayList<>();
        final List<Entity> entities = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<TimeExpression> timexes = new ArrayList<>();

        Builder(String id, String lang, String published, String text) {
            this.id = id;
            this.lang = lang;
            this.published = published == null ? null : LocalDate.parse(published);
            this.text = text;
        }

        Builder url(String u) {
            this.url = u;
            return this;
        }

        TextSpan span(String words, int occurrence) {
            int at = -1;
            for (int i = 0; i <= occurrence; i++) {
                at = text.indexOf(words, at + 1);
                if (at < 0) {
                    throw new IllegalArgumentException("no " + words + " #" + occurrence + " in " + id);
                }
            }
            return new TextSpan(at, at + words.length(), words);
        }

        TextSpan span(String words) {
            return span(words, 0);
        }

        /** A name mention; returns its id. */
        String mention(EntityType type, String words, int occurrence) {
            return mention(type, words, occurrence, MentionKind.NAME);
        }

        /** A mention of any kind (a description: NOMINAL); returns its id. */
        String mention(EntityType type, String words, int occurrence, MentionKind kind) {
            TextSpan s = span(words, occurrence);
            String mid = "m" + (mentions.size() + 1);
            mentions.add(new EntityMention(mid, type, s.start(), s.end(), s.text(), 0, 0, kind));
            return mid;
        }

        String entity(EntityType type, String name, String... mentionIds) {
            String eid = "e" + (entities.size() + 1);
            entities.add(new Entity(eid, type, name, List.of(mentionIds), List.of(), null));
            return eid;
        }

        Builder entityWithTitle(EntityType type, String name, String title, String... mentionIds) {
            entities.add(new Entity("e" + (entities.size() + 1), type, name, List.of(mentionIds), List.of(title), null));
            return this;
        }

        SourceRef ref(String mentionId, String entityId) {
            EntityMention m = mentions.stream().filter(x -> x.id().equals(mentionId)).findFirst().orElseThrow();
            return new SourceRef(m.start(), m.end(), m.text(), m.id(), entityId);
        }

        SourceRef ref(String words) {
            TextSpan s = span(words);
            return new SourceRef(s.start(), s.end(), s.text(), null, null);
        }

        Builder quote(Quote.QuoteKind kind, String content, String cue, SourceRef speaker, SourceRef... via) {
            TextSpan c = span(content);
            TextSpan cu = cue == null ? null : span(cue);
            quotes.add(new Quote("q" + (quotes.size() + 1), kind, c,
                    cu == null ? null : new Quote.Cue(cu.start(), cu.end(), cu.text(), cue.split(" ")[cue.split(" ").length - 1]),
                    speaker, List.of(via)));
            return this;
        }

        Builder event(String type, String trigger, Event.Polarity polarity, List<Event.Argument> args, SourceRef... sources) {
            events.add(new Event("v" + (events.size() + 1), type, span(trigger), args, null, polarity,
                    Event.Modality.ASSERTED, List.of(sources), List.of()));
            return this;
        }

        Event.Argument arg(String role, String mentionId, String entityId) {
            EntityMention m = mentions.stream().filter(x -> x.id().equals(mentionId)).findFirst().orElseThrow();
            return new Event.Argument(role, new TextSpan(m.start(), m.end(), m.text()), entityId, null);
        }

        Builder timex(String words, String value) {
            TextSpan s = span(words);
            timexes.add(new TimeExpression("t" + (timexes.size() + 1), TimexType.DATE, value, s.start(), s.end(), s.text(),
                    null, "t0"));
            return this;
        }

        Document build() {
            List<Sentence> sentences = new ArrayList<>();
            Matcher m = Pattern.compile("[^.!?]+[.!?]+").matcher(text);
            while (m.find()) {
                int st = m.start();
                while (st < m.end() && Character.isWhitespace(text.charAt(st))) {
                    st++;
                }
                sentences.add(new Sentence(sentences.size(), st, m.end(), 0, 0, true));
            }
            DocumentMeta meta = new DocumentMeta(id + ".txt", url, source, null, "text", "UTF-8");
            return new Document(Document.SCHEMA, id, lang, published, meta, text,
                    java.util.EnumSet.of(Layer.ENTITIES, Layer.QUOTES, Layer.EVENTS, Layer.TIME), sentences, List.of(),
                    mentions, entities, timexes, quotes, events);
        }
    }

    /** French: a minister quoted through an agency, an agreement with a country the agency reports. */
    static Document bridgeFr() {
        Builder b = new Builder("pont-fr", "fr", "2024-03-04",
                "Le ministre Paul Verdier a déclaré lundi : « la route du col sera rouverte avant l'été ». "
                        + "Selon l'agence Nordpresse, Verdier a signé un accord avec la Norvège.");
        String m1 = b.mention(EntityType.PERSON, "Paul Verdier", 0);
        String m2 = b.mention(EntityType.ORGANIZATION, "Nordpresse", 0);
        String m3 = b.mention(EntityType.PERSON, "Verdier", 1);
        String m4 = b.mention(EntityType.LOCATION, "Norvège", 0);
        b.entityWithTitle(EntityType.PERSON, "Paul Verdier", "ministre", m1, m3);
        String e2 = b.entity(EntityType.ORGANIZATION, "Nordpresse", m2);
        String e3 = b.entity(EntityType.LOCATION, "Norvège", m4);
        b.quote(Quote.QuoteKind.DIRECT, "la route du col sera rouverte avant l'été", "a déclaré", b.ref(m1, "e1"),
                b.ref(m2, e2));
        b.event("Contact.Agreement", "accord", Event.Polarity.POSITIVE,
                List.of(b.arg("Participant", m3, "e1"), b.arg("Participant", m4, e3)), b.ref(m2, e2));
        b.timex("lundi", "2024-03-04");
        return b.build();
    }

    /** English: the same minister, named in full, meets someone in the same country (English name). */
    static Document meetingEn() {
        Builder b = new Builder("meeting-en", "en", "2024-03-06",
                "Verdier said the mountain bridges would reopen in May. "
                        + "Paul Verdier met the engineer Anna Kowal in Norway on Tuesday.");
        String m1 = b.mention(EntityType.PERSON, "Verdier", 0);
        String m2 = b.mention(EntityType.PERSON, "Paul Verdier", 0);
        String m3 = b.mention(EntityType.PERSON, "Anna Kowal", 0);
        String m4 = b.mention(EntityType.LOCATION, "Norway", 0);
        b.entity(EntityType.PERSON, "Paul Verdier", m1, m2);
        String e2 = b.entity(EntityType.PERSON, "Anna Kowal", m3);
        String e3 = b.entity(EntityType.LOCATION, "Norway", m4);
        b.quote(Quote.QuoteKind.INDIRECT, "the mountain bridges would reopen in May", "said", b.ref(m1, "e1"));
        b.event("Contact.Meet", "met", Event.Polarity.POSITIVE,
                List.of(b.arg("Entity", m2, "e1"), b.arg("Entity", m3, e2), b.arg("Place", m4, e3)));
        return b.build();
    }

    /** French: a lone surname (no full name in the article) in a denied delivery, reported by someone else. */
    static Document deliveryFr() {
        Builder b = new Builder("livraison-fr", "fr", "2024-03-08",
                "Verdier n'a pas livré les camions promis, a affirmé Marc Olin mercredi.");
        String m1 = b.mention(EntityType.PERSON, "Verdier", 0);
        String m2 = b.mention(EntityType.PERSON, "Marc Olin", 0);
        String e1 = b.entity(EntityType.PERSON, "Verdier", m1);
        String e2 = b.entity(EntityType.PERSON, "Marc Olin", m2);
        b.quote(Quote.QuoteKind.INDIRECT, "Verdier n'a pas livré les camions promis", "a affirmé", b.ref(m2, e2));
        b.event("Transaction.Transfer-Ownership", "livré", Event.Polarity.NEGATIVE,
                List.of(b.arg("Giver", m1, e1)), b.ref(m2, e2));
        return b.build();
    }

    /** A numbered article for volume tests: two sentences, a person, a quote, an event. */
    static Document numbered(int i) {
        Builder b = new Builder("n" + i, "fr", "2024-01-" + String.format("%02d", 1 + i % 28),
                "Article " + i + " : Jeanne Morel a annoncé « un nouveau marché numéro " + i + " ». "
                        + "Morel a rencontré la maire de Dijon.");
        String m1 = b.mention(EntityType.PERSON, "Jeanne Morel", 0);
        String m2 = b.mention(EntityType.PERSON, "Morel", 1);
        String m3 = b.mention(EntityType.LOCATION, "Dijon", 0);
        b.entity(EntityType.PERSON, "Jeanne Morel", m1, m2);
        String e2 = b.entity(EntityType.LOCATION, "Dijon", m3);
        b.quote(Quote.QuoteKind.DIRECT, "un nouveau marché numéro " + i, "a annoncé", b.ref(m1, "e1"));
        b.event("Contact.Meet", "rencontré", Event.Polarity.POSITIVE,
                List.of(b.arg("Entity", m2, "e1"), b.arg("Place", m3, e2)));
        return b.build();
    }

    /**
     * French: the speaker is a description ("la directrice du port") in the cluster named by the
     * full name, which the article gives in another sentence.
     */
    static Document describedSpeakerFr() {
        Builder b = new Builder("port-fr", "fr", "2024-03-10",
                "Claire Fontaine inaugure le nouveau quai. "
                        + "« Le chantier a duré trois hivers », a précisé la directrice du port.");
        String m1 = b.mention(EntityType.PERSON, "Claire Fontaine", 0);
        String m2 = b.mention(EntityType.PERSON, "la directrice du port", 0, MentionKind.NOMINAL);
        String e1 = b.entity(EntityType.PERSON, "Claire Fontaine", m1, m2);
        b.quote(Quote.QuoteKind.DIRECT, "Le chantier a duré trois hivers", "a précisé", b.ref(m2, e1));
        return b.build();
    }
}
