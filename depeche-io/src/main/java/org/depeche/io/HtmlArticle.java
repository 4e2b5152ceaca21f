package org.depeche.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text, title and publication date of an HTML page, with jsoup.
 *
 * <p>The article body is the first {@code <article>}, else {@code <main>}, else {@code <body>},
 * without scripts, styles, navigation, headers, footers, asides and forms. Block elements become
 * paragraphs separated by a blank line; inline white space is collapsed. The date comes from the
 * usual metadata ({@code article:published_time}, {@code datePublished}, Dublin Core,
 * {@code <time datetime>}).
 */
public final class HtmlArticle {

    private static final String DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg,"
            + " figure figcaption, [aria-hidden=true], [hidden]";
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=DC.date.issued]",
            "meta[name=dc.date]", "meta[name=DC.date]", "meta[name=pubdate]", "meta[property=og:published_time]",
            "meta[name=publish-date]", "meta[name=sailthru.date]");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern BLOCK = Pattern.compile(
            "p|div|h[1-6]|li|blockquote|pre|section|article|main|br|tr|dd|dt|figcaption|ul|ol|table");

    /** @param published empty when the page says nothing parseable */
    public record Parsed(String text, String title, Optional<LocalDate> published) {
    }

    private HtmlArticle() {
    }

    /** Whether a text looks like HTML (a doctype or an html/head/body element at its start). */
    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body");
    }

    public static Parsed parse(String html) throws InputException {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = page.title().isBlank() ? null : page.title().strip();
        Optional<LocalDate> published = publishedDate(page);
        page.select(DROP).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        StringBuilder out = new StringBuilder();
        appendText(root, out);
        String text = out.toString().replaceAll("[ \\t\\x0B\\f\\r]*\\n[ \\t\\x0B\\f\\r\\n]*\\n", "\n\n").strip();
        if (text.isEmpty()) {
            throw new InputException("HTML page without text");
        }
        return new Parsed(text, title, published);
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text();
                if (!s.isBlank()) {
                    boolean needSpace = out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                            && Character.isWhitespace(t.getWholeText().charAt(0));
                    if (needSpace) {
                        out.append(' ');
                    }
                    out.append(s.strip());
                    if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                        out.append(' ');
                    }
                }
            } else if (child instanceof Element e) {
                boolean block = BLOCK.matcher(e.normalName()).matches();
                if (block) {
                    out.append("\n\n");
                }
                appendText(e, out);
                if (block) {
                    out.append("\n\n");
                }
            }
        }
    }

    private static Optional<LocalDate> publishedDate(org.jsoup.nodes.Document page) {
        for (String selector : DATE_META) {
            Element meta = page.selectFirst(selector);
            if (meta != null) {
                Optional<LocalDate> d = Dates.parse(meta.attr("content"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<LocalDate> d = Dates.parse(m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : Dates.parse(time.attr("datetime"));
    }
}
