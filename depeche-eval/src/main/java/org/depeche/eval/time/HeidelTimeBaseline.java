package org.depeche.eval.time;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.ResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.depeche.model.TimeExpression;
import org.depeche.model.TimexType;

/**
 * HeidelTime 2.2.1 (Strötgen &amp; Gertz; GPL-3) run as the baseline of {@code depeche evaluate
 * time}: news mode, the document's creation time given as the DCT, no POS tagger (its
 * TreeTagger is not installed and its Stanford tagger mode fails with CoreNLP 4.5, see
 * ../shared/NOTES.md). Its TIMEX3 annotations are read from the UIMA CAS with their character
 * offsets into the very text Depeche is given, so both systems are scored by the same scorer.
 *
 * <p>Not thread-safe (one HeidelTime instance per baseline); HeidelTime needs a
 * {@code config.props} on disk: a temporary one is written and deleted when closed.
 */
public final class HeidelTimeBaseline implements AutoCloseable {

    /** HeidelTime logs every document at INFO on stderr; kept here so the level set sticks. */
    private static final java.util.logging.Logger HEIDELTIME_LOG = java.util.logging.Logger.getLogger("HeidelTimeStandalone");

    private final Path config;
    private final HeidelTimeStandalone heideltime;

    public HeidelTimeBaseline(String lang) {
        HEIDELTIME_LOG.setLevel(java.util.logging.Level.WARNING);
        try {
            config = Files.createTempFile("heideltime", ".props");
            Files.writeString(config, String.join("\n",
                    "considerDate = true", "considerDuration = true", "considerSet = true", "considerTime = true",
                    "considerTemponym = false", "treeTaggerHome = /nonexistent", "chineseTokenizerPath = /nonexistent",
                    "sent_model_path = /nonexistent", "word_model_path = /nonexistent", "pos_model_path = /nonexistent",
                    "model_path = /nonexistent", "config_path = ", "hunpos_path = /nonexistent",
                    "hunpos_model_name = /nonexistent", "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
                    "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml", "uimaVarDate = Date",
                    "uimaVarDuration = Duration", "uimaVarLanguage = Language", "uimaVarSet = Set",
                    "uimaVarTime = Time", "uimaVarTemponym = Temponym", "uimaVarTypeToProcess = Type", ""),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to write HeidelTime's config.props", e);
        }
        Language language = "en".equals(lang) ? Language.ENGLISH : Language.FRENCH;
        heideltime = new HeidelTimeStandalone(language, DocumentType.NEWS, OutputType.TIMEML, config.toString(),
                POSTagger.NO);
    }

    /** HeidelTime's time expressions for a text with its publication date. */
    public List<TimeExpression> annotate(String text, LocalDate dct) {
        if (dct == null) {
            throw new IllegalArgumentException("HeidelTime's news mode needs a document creation time");
        }
        List<TimeExpression> out = new ArrayList<>();
        ResultFormatter collect = (JCas jcas) -> {
            FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
            while (it.hasNext()) {
                Timex3 t = (Timex3) it.next();
                TimexType type;
                try {
                    type = TimexType.valueOf(t.getTimexType().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException | NullPointerException e) {
                    continue;
                }
                String mod = t.getTimexMod() == null || t.getTimexMod().isEmpty() ? null : t.getTimexMod();
                out.add(new TimeExpression("t" + (out.size() + 1), type, t.getTimexValue(), t.getBegin(), t.getEnd(),
                        text.substring(t.getBegin(), t.getEnd()), mod, null));
            }
            return "";
        };
        try {
            Date date = Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant());
            heideltime.process(text, date, collect);
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime failed: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
