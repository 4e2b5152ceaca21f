package org.depeche.eval.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.depeche.model.Document;
import org.depeche.model.DocumentMeta;
import org.depeche.model.Span;

/**
 * A folder of ISO-TimeML {@code .tml} files (French TimeBank). The text of a document is the
 * content of its {@code <TEXT>} element with the tags removed (entities decoded); gold TIMEX3
 * offsets are computed on that text. The document creation time is the TIMEX3 with
 * {@code functionInDocument="CREATION_TIME"}; it is not part of the gold.
 */
public final class TimeBank {

    /** A gold TIMEX3. */
    public record Timex(String tid, Span span, String text, String type, String value, String mod) {
    }

    /** A gold document: its text as a Depeche document (published = the DCT) and its TIMEX3s. */
    public record GoldDocument(Document document, String dctValue, List<Timex> timexes) {
    }

    private TimeBank() {
    }

    /** Reads every {@code .tml} file under a folder, in name order. */
    public static List<GoldDocument> read(Path folder, String lang) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unable to list " + folder, e);
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                String id = f.getFileName().toString().replaceFirst("\\.tml$", "");
                docs.add(parse(in, id, lang, f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("Unable to read " + f, e);
            }
        }
        return docs;
    }

    /** Parses one ISO-TimeML document. */
    public static GoldDocument parse(InputStream in, String id, String lang, String origin) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        String dct = null;
        boolean inText = false;
        Map<String, String> open = null;
        int openStart = 0;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in, "UTF-8");
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if ("TEXT".equals(name)) {
                        inText = true;
                    } else if ("TIMEX3".equals(name)) {
                        Map<String, String> attrs = new HashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if ("CREATION_TIME".equals(attrs.get("functionInDocument"))) {
                            dct = attrs.get("value");
                        } else if (inText) {
                            open = attrs;
                            openStart = text.length();
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if ("TEXT".equals(name)) {
                        inText = false;
                    } else if ("TIMEX3".equals(name) && open != null) {
                        timexes.add(new Timex(open.get("tid"), new Span(openStart, text.length()),
                                text.substring(openStart), open.get("type"), open.get("value"), open.get("mod")));
                        open = null;
                    }
                } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Unable to parse " + origin + ": " + e.getMessage(), e);
        }
        LocalDate published = dct == null || dct.length() < 10 ? null : LocalDate.parse(dct.substring(0, 10));
        Document doc = Document.of(id, lang, published, DocumentMeta.of(origin), text.toString());
        return new GoldDocument(doc, dct, List.copyOf(timexes));
    }
}
