package dev.accords.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walks the article reader makes instead of jsoup's {@code select} and {@code getAllElements}
 * (#7), checked against those on the real pages under {@code src/test/resources}.
 */
class TreePassesTest {
    /** The query the reader's drop step stands for. */
    private static final String DROP_QUERY = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, button, select, input, textarea, figure figcaption, [hidden], [aria-hidden=true]";

    static Stream<String> pages() {
        List<String> names = new ArrayList<>();
        for (String line : read("/bench/html/pages.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add("/bench/html/" + line.split("\t")[0]);
            }
        }
        for (String name : List.of("nested-divs.html", "broken.html", "article.html", "json-ld-body.html")) {
            names.add("/dev/accords/ParserFuzzTestInputs/html/" + name);
        }
        names.add("hidden: <body><div hidden><p>a</p></div><figure><p><figcaption>c</figcaption></p></figure>"
                + "<figcaption>kept</figcaption><span ARIA-HIDDEN=\" TRUE \">x</span><span aria-hidden=false>y</span>"
                + "<svg><script>z</script></svg><form><input></form></body>");
        names.add("hidden: <body hidden class=b><p class=x>a<nav id=n><p>b</p></nav></p><div aria-hidden=true>c</div>"
                + "<section id=s><td>d</td></section></body><p>after</p>");
        return names.stream();
    }

    static Document parse(String page) {
        return page.startsWith("hidden: ")
                ? Jsoup.parse(page.substring(8), "")
                : Jsoup.parse(read(page), "https://example.org/");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void walkVisitsWhatGetAllElementsLists(String page) {
        Document doc = parse(page);
        List<Element> walked = new ArrayList<>();
        Walk.elements(doc, e -> walked.add(e));
        assertThat(walked).containsExactlyElementsOf(doc.getAllElements());

        // children of an element the visitor refuses are skipped
        Element body = doc.body();
        List<Element> outside = new ArrayList<>();
        Walk.elements(body, e -> {
            outside.add(e);
            return e == body;
        });
        assertThat(outside).containsExactlyElementsOf(prepend(body, body.children()));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void dropRemovesWhatTheQueryFinds(String page) {
        Document expected = parse(page);
        Elements matched = expected.body().select(DROP_QUERY);
        matched.remove();
        Document actual = parse(page);
        GenericArticleReader.drop(actual.body());
        assertThat(actual.outerHtml()).isEqualTo(expected.outerHtml());
        if (page.startsWith("hidden: ")) {
            assertThat(matched).hasSizeGreaterThan(2);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageWalkFindsWhatTheQueriesFindAfterTheDrop(String page) {
        Document doc = parse(page);
        Element body = doc.body(); // a dropped body is no longer the document's
        GenericArticleReader.Page walked = new GenericArticleReader.Page(body);
        Walk.elements(doc, (e, depth) -> {
            walked.visit(e, depth);
            return true;
        });
        walked.removeDropped();
        assertThat(walked.blocks).containsExactlyElementsOf(body.select("p, pre, div, section, td"));
        List<Element> named = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e.hasAttr("class") || e.hasAttr("id")) {
                named.add(e);
            }
        }
        assertThat(walked.named).containsExactlyElementsOf(named);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void textsReadOnceAreWhatTheElementsSayAfterRemovals(String page) {
        Document doc = parse(page);
        Element body = doc.body();
        GenericArticleReader.drop(body);
        GenericArticleReader.Texts texts = new GenericArticleReader.Texts();
        List<Element> all = body.getAllElements();
        for (Element e : all) {
            texts.text(e);
            texts.inline(e);
            texts.linkDensity(e, 100);
        }
        // take out every fifth element with a class, as the boilerplate step does, telling the cache
        int n = 0;
        for (Element e : all) {
            if (e != body && e.parent() != null && e.hasAttr("class") && n++ % 5 == 0) {
                texts.changedBelow(e.parent(), body);
                e.remove();
            }
        }
        for (Element e : body.getAllElements()) {
            assertThat(texts.text(e)).isEqualTo(e.text());
            assertThat(texts.inline(e)).isEqualTo(GenericArticleReader.inlineText(e));
            int links = 0;
            for (Element a : e.select("a")) {
                links += a.text().length();
            }
            assertThat(texts.linkDensity(e, 100)).isEqualTo(links / 100.0);
        }
    }

    private static List<Element> prepend(Element first, List<Element> rest) {
        List<Element> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = TreePassesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            if (resource.endsWith(".gz")) {
                try (InputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = z.readAllBytes();
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
