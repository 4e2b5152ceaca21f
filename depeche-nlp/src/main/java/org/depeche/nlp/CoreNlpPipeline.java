package org.depeche.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.depeche.model.Document;
import org.depeche.model.EntityMention;
import org.depeche.model.EntityType;
import org.depeche.model.Layer;
import org.depeche.model.MentionKind;
import org.depeche.model.Sentence;
import org.depeche.model.Token;

/**
 * A {@link LanguagePipeline} on Stanford CoreNLP.
 *
 * <p>The <em>base</em> CoreNLP pipeline (tokenize, ssplit, [mwt], pos, [lemma], ner) runs on
 * every document, and CoreNLP's neural dependency parser runs afterwards on the sentences the
 * {@link ParseSelector} picks, since the parser costs about 80% of the time. The parser is called
 * directly rather than through CoreNLP's {@code depparse} annotator: that annotator turns every
 * parse into five graphs (basic, collapsed, CC-processed, enhanced, enhanced++), and Depeche reads
 * only the basic one, which is built here exactly as the annotator builds it. Offsets come from
 * CoreNLP's character offsets, which index the text as given.
 */
public final class CoreNlpPipeline implements LanguagePipeline {

    private final LanguageProfile profile;
    private final StanfordCoreNLP base;
    /** CoreNLP's neural dependency parser, loaded as its {@code depparse} annotator loads it (one shared instance). */
    private final DependencyParser parser;
    /** The {@code depparse.extradependencies} setting the annotator would build its graphs with. */
    private final GrammaticalStructure.Extras extraDependencies;
    /** Depeche's lemmatiser where CoreNLP has none (French), else null: CoreNLP's lemmas are used. */
    private final Lemmatizer lemmatizer;
    /** Depeche's news NER model relabelling CoreNLP's, or null: CoreNLP's labels are kept. */
    private final NewsNer newsNer;
    /** Titles that are not part of a person's name (nlp/name-titles.txt of the language pack; empty if none). */
    private final Set<String> nameTitles;
    /** English: a place name that acts is an organisation (null: off, or no lexicon for the language). */
    private final PlaceAgents placeAgents;

    private static final Object PARSER_LOAD = new Object();

    /** Profile property: "false" switches {@link PlaceAgents} off for a language that has its lexicon. */
    public static final String PLACE_AGENTS = "depeche.ner.placeAgents";
    /** Organisation names the tagger misses or mistypes (null: off, or no lexicon for the language). */
    private final OrgNames orgNames;
    /** Whether a name {@link OrgNames} made an organisation is one throughout the document. */
    private final boolean propagateOrgNames;
    /** Profile property: "false" switches {@link OrgNames} off for a language that has its lexicon. */
    public static final String ORG_NAMES = "depeche.ner.orgNames";

    CoreNlpPipeline(LanguageProfile profile) {
        this.profile = profile;
        this.placeAgents = "false".equals(profile.properties().getProperty(PLACE_AGENTS)) ? null
                : PlaceAgents.load(profile.lang());
        this.orgNames = "false".equals(profile.properties().getProperty(ORG_NAMES)) ? null
                : OrgNames.load(profile.lang(), profile.nameTitles());
        this.propagateOrgNames = "true".equals(profile.properties().getProperty(ORG_NAMES + ".propagate"));
        this.newsNer = NewsNer.of(profile.properties());
        this.nameTitles = profile.nameTitles();
        this.lemmatizer = Lemmatizer.named(profile.properties().getProperty(LanguageProfile.LEMMATIZER));
        this.base = new StanfordCoreNLP(profile.baseProperties());
        // what CoreNLP's depparse annotator reads (AnnotatorImplementations.dependencies): the
        // depparse.* properties without their prefix; the same properties give the same cached model
        Properties parse = PropertiesUtils.extractPrefixedProperties(profile.parserProperties(), "depparse.");
        synchronized (PARSER_LOAD) { // CoreNLP's model cache is a plain map: two languages may load at once
            this.parser = DependencyParser.loadFromModelFile(
                    parse.getProperty("model", DependencyParser.DEFAULT_MODEL), parse);
        }
        this.extraDependencies = MetaClass.cast(parse.getProperty("extradependencies", "NONE"),
                GrammaticalStructure.Extras.class);
    }

    @Override
    public String lang() {
        return profile.lang();
    }

    @Override
    public Set<Layer> provides() {
        EnumSet<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.NER, Layer.DEPPARSE);
        if (profile.hasLemmas()) {
            layers.add(Layer.LEMMA);
        }
        return layers;
    }

    @Override
    public Document analyze(Document doc, ParseSelector selector) {
        Annotation ann = new Annotation(doc.text());
        base.annotate(ann);
        List<CoreMap> cSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> cTokens = ann.get(CoreAnnotations.TokensAnnotation.class);
        if (newsNer != null) {
            for (CoreMap cs : cSentences) {
                newsNer.tag(cs.get(CoreAnnotations.TokensAnnotation.class));
            }
        }

        List<Token> tokens = new ArrayList<>(cTokens.size());
        for (int s = 0; s < cSentences.size(); s++) {
            CoreMap cs = cSentences.get(s);
            for (int i = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
                 i < cs.get(CoreAnnotations.TokenEndAnnotation.class); i++) {
                tokens.add(toToken(i, s, cTokens.get(i)));
            }
        }
        if (tokens.size() != cTokens.size()) {
            throw new IllegalStateException("CoreNLP sentences do not cover all " + cTokens.size() + " tokens");
        }
        mergeRewrittenTokens(doc.text(), cTokens, tokens);
        List<Sentence> sentences = new ArrayList<>(cSentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        for (int s = 0; s < cSentences.size(); s++) {
            CoreMap cs = cSentences.get(s);
            int first = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
            int endTok = cs.get(CoreAnnotations.TokenEndAnnotation.class);
            int start = endTok > first ? tokens.get(first).start()
                    : cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = endTok > first ? tokens.get(endTok - 1).end()
                    : cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Sentence sentence = new Sentence(s, start, end, first, endTok, false);
            boolean parse = endTok > first && selector.shouldParse(sentence, tokens.subList(first, endTok));
            if (parse) {
                toParse.add(cs);
                sentence = new Sentence(s, start, end, first, endTok, true);
            }
            sentences.add(sentence);
        }
        for (CoreMap cs : toParse) {
            applyParse(cs, parse(cs), tokens);
        }
        List<EntityMention> mentions = newsNer != null ? labelMentions(doc.text(), cTokens, tokens)
                : mentions(doc.text(), ann, tokens, nameTitles);
        if (orgNames != null) {
            mentions = organisations(orgNames, doc.text(), cSentences, cTokens, tokens, mentions, propagateOrgNames);
        }
        if (placeAgents != null) {
            mentions = actingPlaces(placeAgents, cSentences, cTokens, mentions);
        }
        return doc.withLang(profile.lang()).withAnalysis(provides(), sentences, tokens, mentions);
    }

    private Token toToken(int index, int sentence, CoreLabel t) {
        boolean mwt = Boolean.TRUE.equals(t.get(CoreAnnotations.IsMultiWordTokenAnnotation.class));
        String surface = mwt ? t.get(CoreAnnotations.MWTTokenTextAnnotation.class) : null;
        String ner = t.ner();
        EntityType type = EntityType.fromTag(ner);
        // the original text, not the tokenizer's normalised word (» → ")
        String word = mwt || t.originalText() == null ? t.word() : t.originalText();
        String upos = profile.universalPos(t.tag());
        String lemma = !profile.hasLemmas() ? null : lemmatizer != null ? lemmatizer.lemma(word, upos) : t.lemma();
        return new Token(index, sentence, word, t.beginPosition(), t.endPosition(), surface,
                upos, lemma, null, null, type == null ? null : type.code());
    }

    /**
     * CoreNLP's French tokenizer itself rewrites some contractions ("du" → "de" + "le", "au" → "à" +
     * "le") and invents character offsets for the parts (d|u). Such parts carry no
     * {@code AfterAnnotation} and touch each other; when their words do not match the text under
     * their offsets, they become words of one multi-word token spanning the whole surface form.
     */
    private static void mergeRewrittenTokens(String text, List<CoreLabel> cTokens, List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && cTokens.get(j).get(CoreAnnotations.AfterAnnotation.class) == null
                    && tokens.get(j + 1).start() == tokens.get(j).end()
                    && tokens.get(j + 1).sentence() == tokens.get(j).sentence()) {
                j++;
            }
            if (j > i && cTokens.get(i).get(CoreAnnotations.AfterAnnotation.class) == null) {
                boolean rewritten = false;
                for (int k = i; k <= j; k++) {
                    Token t = tokens.get(k);
                    rewritten |= !text.substring(t.start(), t.end()).equals(t.text());
                }
                if (rewritten) {
                    int start = tokens.get(i).start();
                    int end = tokens.get(j).end();
                    String surface = text.substring(start, end);
                    for (int k = i; k <= j; k++) {
                        Token t = tokens.get(k);
                        tokens.set(k, new Token(t.index(), t.sentence(), t.text(), start, end, surface, t.pos(),
                                t.lemma(), t.head(), t.deprel(), t.ner()));
                    }
                }
            }
            i = j + 1;
        }
    }

    /**
     * The basic dependencies of one sentence, as CoreNLP's {@code depparse} annotator computes them
     * (DependencyParseAnnotator.doOneSentence, without the four other graphs), also set on the
     * sentence. Like the annotator, it stops with {@link RuntimeInterruptedException} when the
     * thread is interrupted, between sentences.
     */
    private SemanticGraph parse(CoreMap cs) {
        if (Thread.interrupted()) {
            throw new RuntimeInterruptedException();
        }
        GrammaticalStructure gs = parser.predict(cs);
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extraDependencies,
                null);
        cs.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
        return basic;
    }

    private static void applyParse(CoreMap cs, SemanticGraph graph, List<Token> tokens) {
        if (graph == null) {
            return;
        }
        int first = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
        for (IndexedWord root : graph.getRoots()) {
            int i = first + root.index() - 1;
            tokens.set(i, tokens.get(i).withParse(-1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int dep = first + edge.getDependent().index() - 1;
            int gov = first + edge.getGovernor().index() - 1;
            tokens.set(dep, tokens.get(dep).withParse(gov, edge.getRelation().toString()));
        }
    }

    /**
     * Mentions from CoreNLP's entity mentions. A person mention loses the titles before the name
     * ("King Henry" → "Henry") and takes a regnal number after it ("Henry" + "I").
     */
    private static List<EntityMention> mentions(String text, Annotation ann, List<Token> tokens,
                                                Set<String> titles) {
        List<CoreMap> cm = ann.get(CoreAnnotations.MentionsAnnotation.class);
        List<EntityMention> out = new ArrayList<>();
        if (cm == null) {
            return out;
        }
        for (CoreMap m : cm) {
            EntityType type = EntityType.fromTag(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
            if (type == null) {
                continue;
            }
            int first = m.get(CoreAnnotations.TokenBeginAnnotation.class);
            int end = m.get(CoreAnnotations.TokenEndAnnotation.class);
            if (type == EntityType.PERSON) {
                while (first < end - 1 && titles.contains(tokens.get(first).text())) {
                    first++;
                }
                if (end - first == 1 && titles.contains(tokens.get(first).text())) {
                    continue; // a title alone ("the Duke") is no name
                }
                if (end < tokens.size() && tokens.get(end).sentence() == tokens.get(end - 1).sentence()
                        && REGNAL.matcher(tokens.get(end).text()).matches()
                        && (!"PRON".equals(tokens.get(end).pos()) || regnalI(tokens, end))) {
                    end++;
                }
                end = withSuffix(tokens, end);
            }
            addMention(text, tokens, first, end, type, out);
        }
        return out;
    }

    /**
     * Mentions from the tokens' IOB2 labels (the news model's): a mention begins at a B- label or
     * at a change of class, within one sentence; quote marks and brackets at its edges are trimmed.
     */
    private static List<EntityMention> labelMentions(String text, List<CoreLabel> cTokens, List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < cTokens.size()) {
            String tag = cTokens.get(i).ner();
            EntityType type = EntityType.fromTag(tag);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cTokens.size() && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                String next = cTokens.get(j).ner();
                if (next == null || next.startsWith("B-") || EntityType.fromTag(next) != type) {
                    break;
                }
                j++;
            }
            addMention(text, tokens, i, j, type, out);
            i = j;
        }
        return out;
    }

    /**
     * Adds a NAME mention over tokens [firstTok, endTok), trimmed of punctuation at its edges: CoreNLP's
     * French NER sometimes takes the quote marks or brackets around a name into the mention («Ile
     * Roussky»), and a mention never begins or ends on punctuation. A mention made only of pronouns
     * is not a name (CoreNLP's English entity mentions include "he", "his" as PERSON): the entity
     * merger finds pronouns itself.
     */
    private static void addMention(String text, List<Token> tokens, int firstTok, int endTok, EntityType type,
                                   List<EntityMention> out) {
        if (tokens.subList(firstTok, endTok).stream().allMatch(t -> "PRON".equals(t.pos()))) {
            return;
        }
        while (firstTok < endTok && isPunct(tokens.get(firstTok))) {
            firstTok++;
        }
        while (endTok > firstTok && isPunct(tokens.get(endTok - 1))) {
            endTok--;
        }
        if (firstTok == endTok) {
            return;
        }
        int start = tokens.get(firstTok).start();
        int end = tokens.get(endTok - 1).end();
        out.add(new EntityMention("m" + (out.size() + 1), type, start, end, text.substring(start, end),
                firstTok, endTok, MentionKind.NAME));
    }

    /** Generational suffixes that end a person's name ("Jr.", "Sr."), with or without a comma before them. */
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr");

    private static int withSuffix(List<Token> tokens, int end) {
        int i = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
        if (i < tokens.size() && tokens.get(i).sentence() == tokens.get(end - 1).sentence()
                && NAME_SUFFIXES.contains(tokens.get(i).text())) {
            return i + 1;
        }
        return end;
    }

    /**
     * "Henry I" (the tagger reads a pronoun): "I" right after a person name is a regnal number
     * unless a verb follows it ("when Henry I was told" is rarer in news than "told Henry I was").
     */
    private static boolean regnalI(List<Token> tokens, int i) {
        if (!tokens.get(i).text().equals("I")) {
            return false;
        }
        if (i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()) {
            return true;
        }
        String next = tokens.get(i + 1).pos();
        return !"VERB".equals(next) && !"AUX".equals(next) && !tokens.get(i + 1).text().startsWith("'");
    }

    /**
     * Place names that act are organisations ({@link PlaceAgents}): LOC mentions that are the
     * agentive subject of a clause become ORG.
     */
    static List<EntityMention> actingPlaces(PlaceAgents agents, List<CoreMap> cSentences, List<CoreLabel> cTokens,
                                            List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions);
        for (CoreMap cs : cSentences) {
            int first = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
            int end = cs.get(CoreAnnotations.TokenEndAnnotation.class);
            List<Integer> idx = new ArrayList<>();
            List<PlaceAgents.Span> spans = new ArrayList<>();
            for (int k = 0; k < out.size(); k++) {
                EntityMention m = out.get(k);
                if (m.type() == EntityType.LOCATION && m.firstToken() >= first && m.endToken() <= end) {
                    idx.add(k);
                    spans.add(new PlaceAgents.Span(m.firstToken() - first, m.endToken() - first));
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            List<PlaceAgents.Word> words = words(cTokens, first, end);
            boolean[] acting = agents.agents(words, spans);
            for (int s = 0; s < acting.length; s++) {
                if (acting[s]) {
                    EntityMention m = out.get(idx.get(s));
                    out.set(idx.get(s), new EntityMention(m.id(), EntityType.ORGANIZATION, m.start(), m.end(), m.text(),
                            m.firstToken(), m.endToken(), m.kind()));
                }
            }
        }
        return out;
    }

    /**
     * Organisation names the tagger misses or mistypes ({@link OrgNames}), sentence by sentence;
     * the mentions are numbered again in text order.
     */
    static List<EntityMention> organisations(OrgNames orgs, String text, List<CoreMap> cSentences,
                                             List<CoreLabel> cTokens, List<Token> tokens,
                                             List<EntityMention> mentions, boolean propagate) {
        List<EntityMention> out = new ArrayList<>();
        java.util.Set<String> ruled = new java.util.HashSet<>();
        int next = 0;
        for (CoreMap cs : cSentences) {
            int first = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
            int end = cs.get(CoreAnnotations.TokenEndAnnotation.class);
            List<OrgNames.Named> named = new ArrayList<>();
            while (next < mentions.size() && mentions.get(next).firstToken() < end) {
                EntityMention m = mentions.get(next++);
                named.add(new OrgNames.Named(m.firstToken() - first, m.endToken() - first, m.type()));
            }
            List<PlaceAgents.Word> words = words(cTokens, first, end);
            List<OrgNames.Named> after = orgs.apply(words, named);
            for (OrgNames.Named n : after) {
                if (n.type() == EntityType.ORGANIZATION && !named.contains(n)) {
                    ruled.add(text.substring(tokens.get(first + n.first()).start(), tokens.get(first + n.end() - 1).end()));
                }
                addMention(text, tokens, first + n.first(), first + n.end(), n.type(), out);
            }
        }
        if (propagate) {
            // one name, one class within a document: the same words the rules made an organisation
            for (int k = 0; k < out.size(); k++) {
                EntityMention m = out.get(k);
                if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC && ruled.contains(m.text())) {
                    out.set(k, new EntityMention(m.id(), EntityType.ORGANIZATION, m.start(), m.end(), m.text(),
                            m.firstToken(), m.endToken(), m.kind()));
                }
            }
        }
        return out;
    }

    /** The words of one sentence (CoreNLP tokens first..end) as the name rules read them. */
    private static List<PlaceAgents.Word> words(List<CoreLabel> cTokens, int first, int end) {
        List<PlaceAgents.Word> words = new ArrayList<>(end - first);
        for (int i = first; i < end; i++) {
            CoreLabel t = cTokens.get(i);
            words.add(new PlaceAgents.Word(t.word(), t.tag() == null ? "" : t.tag(), t.lemma()));
        }
        return words;
    }

    /** A regnal or papal number after a name: "I", "IV", "XVI" (not "V." nor "I'm"). */
    private static final java.util.regex.Pattern REGNAL =
            java.util.regex.Pattern.compile("(?=[IVX])X{0,3}(IX|IV|V?I{0,3})");

    private static boolean isPunct(Token t) {
        return "PUNCT".equals(t.pos()) || t.text().codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
