package dev.accords.internal.html;

import dev.accords.internal.text.Chars;
import dev.accords.text.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The generic article extraction: metadata from JSON-LD, {@code <meta>} and {@code <time>}; the main
 * text from the block of the page that holds the most paragraph text, with boilerplate removed.
 */
final class GenericArticleReader {
    // The CSS queries, parsed once: Element.select(String) parses its query on every call, which in
    // a fresh JVM runs cold for every block of the page (#7). jsoup's evaluators may be reused.
    // Queries on tag names alone are matched by name in one walk over the page instead (Walk): a
    // select over many alternatives tries each of them on every element of the page.
    /**
     * What is dropped before the story is looked for: these elements, {@code figure figcaption} and
     * {@link #HIDDEN}.
     */
    private static final Set<String> DROP_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "iframe",
            "svg",
            "button",
            "select",
            "input",
            "textarea");
    /** Hidden elements, dropped; only elements with one of the two attributes are asked. */
    private static final Evaluator HIDDEN = QueryParser.parse("[hidden], [aria-hidden=true]");
    /** The blocks whose text counts as story text (see {@link #storyText}). */
    private static final Set<String> STORY_BLOCKS = Set.of("p", "pre", "div", "section", "td");

    private static final Evaluator LINKS = QueryParser.parse("a");
    /** With {@code <article>}, where the story is marked up as such. */
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");

    private static final Evaluator HTML = QueryParser.parse("html");
    /** Words of a class or id that mark page furniture, as whole parts of it ("share-bar", "nav_top"). */
    private static final Set<String> BOILERPLATE = Set.of(
            "share",
            "sharing",
            "social",
            "comment",
            "comments",
            "related",
            "recommend",
            "cookie",
            "consent",
            "menu",
            "navbar",
            "nav",
            "breadcrumb",
            "breadcrumbs",
            "footer",
            "header",
            "sidebar",
            "sidenav",
            "widget",
            "promo",
            "advert",
            "ad",
            "ads",
            "newsletter",
            "subscribe",
            "signup",
            "popup",
            "modal",
            "banner",
            "tags",
            "pagination",
            "copyright");
    /**
     * Where the next JSON-LD author value starts: the index just after the {@code [} or <code>{</code> of
     * {@code "author": [} or {@code "author": }<code>{</code>, white space allowed around the colon.
     *
     * @param data a JSON-LD block
     * @param from where to look from
     * @return that index, or -1 when there is none
     */
    static int authorValue(String data, int from) {
        for (int at = data.indexOf("\"author\"", from); at >= 0; at = data.indexOf("\"author\"", at + 1)) {
            int i = jsonSpace(data, at + 8);
            if (i < data.length() && data.charAt(i) == ':') {
                i = jsonSpace(data, i + 1);
                if (i < data.length() && (data.charAt(i) == '[' || data.charAt(i) == '{')) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** The index of the first character at or after {@code i} that is not white space ({@code \s} of a regex). */
    private static int jsonSpace(String s, int i) {
        while (i < s.length() && Chars.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A "name" string inside an author value. */
    private static final Pattern JSON_NAME = Pattern.compile("\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,100})\"");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[-|–—·_]\\s*[^-|–—·_]{2,60}$");
    /** The blocks read as paragraphs, and the divs and sections whose own prose is read. */
    private static final Set<String> BLOCKS_DIVS_SECTIONS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "pre",
            "dt",
            "dd",
            "td",
            "th",
            "div",
            "section");

    private GenericArticleReader() {}

    static Article read(Document doc) {
        Element body = doc.body();
        Page page = new Page(body);
        Meta meta = Meta.of(doc, page); // the one walk over the page, for both
        page.removeDropped();
        List<Element> named = page.named;
        Texts texts = new Texts();
        Map<Element, Integer> story = storyText(body, page.blocks, texts);
        int total = story.getOrDefault(body, 0);
        // boilerplate by class or id — share bars, related links, menus — unless it holds the story, alone
        // or with the other blocks of its class (a story split over "sidebar-grid__content" blocks)
        Map<String, Integer> byClass = new HashMap<>();
        for (Element e : named) {
            if (e.hasAttr("class")) {
                byClass.merge(e.className(), story.getOrDefault(e, 0), Integer::sum);
            }
        }
        java.util.Set<Element> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, Boolean> boilerplateNames = new HashMap<>(); // pages repeat their class names
        for (Element e : named) {
            if (e != body
                    && e.parent() != null
                    && isBoilerplate(e, boilerplateNames)
                    && story.getOrDefault(e, 0) * 10 < total * 3
                    && byClass.getOrDefault(e.className(), 0) * 10 < total * 3
                    && !insideRemoved(e, removed, body)) {
                // take its story text off its ancestors instead of counting the page again
                int own = story.getOrDefault(e, 0);
                for (Element a = e.parent(); a != null && own > 0; a = a.parent()) {
                    story.merge(a, -own, Integer::sum);
                    if (a == body) {
                        break;
                    }
                }
                removed.add(e);
                texts.changedBelow(e.parent(), body);
                e.remove();
            }
        }
        Element main = mainElement(body, story);
        List<String> paragraphs = paragraphs(main, texts);
        if (meta.articleBody != null && length(paragraphs) * 2 < meta.articleBody.length()) {
            // the page builds its story in script; the structured data holds it whole
            paragraphs = new ArrayList<>();
            for (String line : meta.articleBody.split("\\n")) {
                add(paragraphs, line);
            }
        }
        String title = headline(meta.title, meta.h1, doc.title(), meta.siteName);
        return Article.builder(String.join("\n\n", paragraphs))
                .title(title)
                .published(meta.published)
                .url(meta.url != null ? meta.url : doc.location())
                .siteName(meta.siteName)
                .language(meta.language)
                .authors(meta.authors)
                .build();
    }

    /**
     * Removes what is not read: scripts, styles, forms, navigation, hidden elements and the like
     * ({@link #DROP_TAGS}), with their content.
     */
    static void drop(Element body) {
        Page page = new Page(body);
        Walk.elements(body, (e, depth) -> {
            page.visit(e, depth);
            return true;
        });
        page.removeDropped();
    }

    /**
     * What a walk over the page finds in its body: the elements to drop ({@link #isDropped}) and, of
     * what stays, the {@link #STORY_BLOCKS} and the elements with a class or id, in document order.
     * Told of every element of the page in document order, it keeps track of where it is itself.
     */
    static final class Page {
        private static final int NONE = Integer.MAX_VALUE;
        private final Element body;
        final List<Element> dropped = new ArrayList<>();
        final List<Element> blocks = new ArrayList<>();
        final List<Element> named = new ArrayList<>();
        /** The depth of the body while the walk is in it. */
        private int bodyDepth = NONE;
        /** The depth of the dropped element the walk is in. */
        private int droppedDepth = NONE;

        Page(Element body) {
            this.body = body;
        }

        /**
         * @param e the next element of the page in document order
         * @param depth its depth in the walk
         */
        void visit(Element e, int depth) {
            if (e == body) {
                bodyDepth = depth;
            } else if (depth <= bodyDepth) {
                bodyDepth = NONE; // not in the body, or out of it again
                return;
            }
            if (depth > droppedDepth) {
                return; // goes with the dropped element it is in
            }
            droppedDepth = NONE;
            if (isDropped(e, body)) {
                dropped.add(e);
                if (e != body) {
                    droppedDepth = depth;
                    return;
                }
            }
            if (STORY_BLOCKS.contains(e.normalName())) {
                blocks.add(e);
            }
            if (e.hasAttr("class") || e.hasAttr("id")) {
                named.add(e);
            }
        }

        /** Takes the dropped elements out of the page. */
        void removeDropped() {
            for (Element e : dropped) {
                e.remove();
            }
        }
    }

    private static boolean isDropped(Element e, Element root) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)
                || e.attributesSize() > 0
                        && (e.hasAttr("hidden") || e.hasAttr("aria-hidden")) // what HIDDEN needs, checked faster
                        && HIDDEN.matches(root, e)) {
            return true;
        }
        if (tag.equals("figcaption") && e != root) {
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (a.normalName().equals("figure")) {
                    return true;
                }
                if (a == root) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * The story text under each element: the text of its paragraphs ({@code <p>}, {@code <pre>}) that
     * read as prose — not link lists — added to every ancestor. One pass over the paragraphs.
     *
     * @param blocks the {@link #STORY_BLOCKS} under the body, in document order
     */
    private static Map<Element, Integer> storyText(Element body, List<Element> blocks, Texts texts) {
        Map<Element, Integer> out = new HashMap<>();
        for (Element p : blocks) {
            boolean paragraph = p.normalName().equals("p") || p.normalName().equals("pre");
            int length = paragraph ? texts.text(p).length() : texts.inline(p).length();
            if (length < (paragraph ? 20 : 60) || texts.linkDensity(p, length) > 0.5) {
                continue; // short, or a link list; a div counts by the prose written directly in it
            }
            for (Element e = p; e != null; e = e.parent()) {
                out.merge(e, length, Integer::sum);
                if (e == body) {
                    break;
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of(
            "a", "b", "i", "em", "strong", "span", "u", "small", "sup", "sub", "abbr", "cite", "code", "mark", "q",
            "time", "font", "br");

    /** The text written directly in an element: its text nodes and inline children, not its blocks. */
    static String inlineText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element c && INLINE.contains(c.normalName())) {
                b.append(c.text());
            }
        }
        return b.toString().strip();
    }

    /** The inline prose of a div as paragraphs: one per run between {@code <br>}s. */
    private static void addInline(Element e, List<String> out) {
        StringBuilder line = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c && c.normalName().equals("br")) {
                add(out, line.toString());
                line.setLength(0);
            } else if (n instanceof TextNode t) {
                line.append(t.text());
            } else if (n instanceof Element c && INLINE.contains(c.normalName())) {
                line.append(c.text());
            }
        }
        add(out, line.toString());
    }

    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "td", "th");

    /** Whether a block holds other blocks (a list item with paragraphs, a table cell with a list). */
    private static boolean hasInnerBlock(Element b) {
        java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>(b.children());
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (BLOCK_TAGS.contains(e.normalName())) {
                return true;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                todo.push(e.child(i));
            }
        }
        return false;
    }

    /** The text stripped, each run of white space one space. */
    static String collapseSpace(String text) {
        if (isCollapsed(text)) {
            return text; // as jsoup's text() mostly gives it
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether the text is stripped and its white space single spaces already. */
    private static boolean isCollapsed(String text) {
        int n = text.length();
        if (n > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1)))) {
            return false;
        }
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (Character.isWhitespace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return true;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static boolean insideRemoved(Element e, java.util.Set<Element> removed, Element body) {
        for (Element a = e.parent(); a != null && a != body; a = a.parent()) {
            if (removed.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The texts of a page's blocks, each read once: the story count and the paragraphs ask for the same
     * blocks, and {@code Element.text()} walks the block's whole subtree on every call.
     */
    static final class Texts {
        private final Map<Element, String> text = new java.util.IdentityHashMap<>();
        private final Map<Element, String> inline = new java.util.IdentityHashMap<>();
        private final Map<Element, Integer> links = new java.util.IdentityHashMap<>();

        /** {@code e.text()} */
        String text(Element e) {
            String t = text.get(e);
            if (t == null) {
                t = e.text();
                text.put(e, t);
            }
            return t;
        }

        /** {@link GenericArticleReader#inlineText(Element)} */
        String inline(Element e) {
            String t = inline.get(e);
            if (t == null) {
                t = inlineText(e);
                inline.put(e, t);
            }
            return t;
        }

        /** The share of a text of that length that is link text: the text of the links under the element. */
        double linkDensity(Element e, int length) {
            Integer n = links.get(e);
            if (n == null) {
                int sum = 0;
                for (Element a : e.select(LINKS)) {
                    sum += a.text().length();
                }
                n = sum;
                links.put(e, n);
            }
            return length == 0 ? 0 : (double) n / length;
        }

        /** Forgets what was read of an element and its ancestors up to the root, whose content changes. */
        void changedBelow(Element e, Element root) {
            for (Element a = e; a != null; a = a.parent()) {
                text.remove(a);
                inline.remove(a);
                links.remove(a);
                if (a == root) {
                    break;
                }
            }
        }
    }

    /**
     * The element that holds the story: going down from the body while one child holds most (70%) of
     * its story text, so a story spread over sibling blocks is kept whole; an {@code <article>} or
     * {@code articleBody} holding most of the story is the starting point.
     */
    private static Element mainElement(Element body, Map<Element, Integer> story) {
        int total = story.getOrDefault(body, 0);
        if (total < 200) {
            return body;
        }
        List<Element> articles = new ArrayList<>();
        Walk.elements(body, e -> {
            if (e.normalName().equals("article") || e.attributesSize() > 0 && ARTICLE_BODY.matches(body, e)) {
                articles.add(e);
            }
            return true;
        });
        for (Element a : articles) {
            if (story.getOrDefault(a, 0) * 10 >= total * 8) {
                return descend(a, story, 9);
            }
        }
        return descend(body, story, 7);
    }

    private static Element descend(Element from, Map<Element, Integer> story, int tenths) {
        Element current = from;
        while (true) {
            int here = story.getOrDefault(current, 0);
            Element next = null;
            for (Element child : current.children()) {
                if (story.getOrDefault(child, 0) * 10 >= here * tenths) {
                    next = child;
                    break;
                }
            }
            if (next == null || next.normalName().equals("p")) {
                return current;
            }
            current = next;
        }
    }

    private static List<String> paragraphs(Element main, Texts texts) {
        List<String> out = new ArrayList<>();
        List<Element> blocks = new ArrayList<>();
        Walk.elements(main, e -> {
            if (BLOCKS_DIVS_SECTIONS.contains(e.normalName())) {
                blocks.add(e);
            }
            return true;
        });
        if (blocks.stream()
                .allMatch(b -> b.normalName().equals("div") || b.normalName().equals("section"))) {
            addLines(main, out);
            return out;
        }
        for (Element b : blocks) {
            if (b.normalName().equals("div") || b.normalName().equals("section")) {
                String inline = texts.inline(b);
                if (inline.length() >= 60 && texts.linkDensity(b, inline.length()) <= 0.5) {
                    addInline(b, out); // prose written straight into a div, lines split at <br>
                }
                continue;
            }
            if (hasInnerBlock(b)) {
                // a block holding other blocks: take only its own text nodes
                StringBuilder own = new StringBuilder();
                for (Node n : b.childNodes()) {
                    if (n instanceof TextNode t) {
                        own.append(t.text());
                    }
                }
                add(out, own.toString());
                continue;
            }
            String text = texts.text(b);
            if (text.length() < 120 && texts.linkDensity(b, text.length()) > 0.6) {
                continue; // a link list: related stories, tags, menus
            }
            add(out, text);
        }
        return out;
    }

    private static boolean isBoilerplate(Element e, Map<String, Boolean> names) {
        String tag = e.normalName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return names.computeIfAbsent(e.className(), GenericArticleReader::namesFurniture)
                || names.computeIfAbsent(e.id(), GenericArticleReader::namesFurniture);
    }

    /** Whether a class or id has a furniture word as one of its parts split at "-", "_" and spaces. */
    static boolean namesFurniture(String name) {
        if (name.regionMatches(true, 0, "author-bio", 0, 10)
                || name.toLowerCase(java.util.Locale.ROOT).contains("-author-bio")) {
            return true;
        }
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length()
                    || name.charAt(i) == '-'
                    || name.charAt(i) == '_'
                    || Character.isWhitespace(name.charAt(i))) {
                if (i - start >= 2
                        && i - start <= 11
                        && BOILERPLATE.contains(name.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static void addLines(Element e, List<String> out) {
        for (String line : e.wholeText().split("\\n")) {
            add(out, line);
        }
    }

    private static void add(List<String> out, String text) {
        String t = collapseSpace(text);
        if (!t.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(t))) {
            out.add(t);
        }
    }

    /**
     * The headline from the page's metadata title (JSON-LD {@code headline}, Dublin Core, {@code
     * og:title}, {@code twitter:title}, in that order), its {@code <h1>} and its {@code <title>}.
     * The metadata title is what the publisher calls the story; when it and the {@code <h1>} contain
     * one another, the shorter (the longer adds a site name or a topic prefix). Without metadata, the
     * {@code <title>}, unless the {@code <h1>} is a part of it or the {@code <title>} is too short to be
     * a headline. A trailing site name is removed.
     */
    static String headline(String metadata, String h1, String title, String siteName) {
        String pick;
        if (metadata != null) {
            pick = shorterIfNested(metadata, h1);
        } else if (title != null && !title.isBlank()) {
            pick = shorterIfNested(title, h1);
            if (pick == title) {
                String stripped = stripSiteName(stripSiteName(title, siteName, h1));
                String lead = title.strip().split("\\s+[-|–—·_]\\s+|[_|]")[0];
                if (h1 != null && (stripped == null || words(lead) < 3 && words(h1) >= 3)) {
                    return stripSiteName(h1, siteName, null);
                }
                return stripped;
            }
        } else {
            pick = h1;
        }
        return stripSiteName(pick, siteName, h1);
    }

    /** The shorter of two titles when one holds the other (and both are long enough to say so). */
    private static String shorterIfNested(String a, String b) {
        if (b == null) {
            return a;
        }
        String na = normaliseTitle(a);
        String nb = normaliseTitle(b);
        if ((na.contains(nb) || nb.contains(na)) && Math.min(na.length(), nb.length()) >= 15) {
            return nb.length() < na.length() ? b : a;
        }
        return a;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    private static String normaliseTitle(String t) {
        return collapseSpace(dev.accords.internal.text.Normaliser.normalise(t).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Removes a trailing site name: " - Lesotho Times", " | TechCrunch", " * The Gateway Pundit * by …" —
     * a part after a separator that names the site ({@code og:site_name}), or that is left when the rest
     * is the {@code <h1>}.
     */
    static String stripSiteName(String title, String siteName, String h1) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        String[] separators = {" | ", " - ", " – ", " — ", " * ", " :: ", " · ", " / "};
        for (int round = 0; round < 3; round++) {
            int cut = -1;
            for (String sep : separators) {
                cut = Math.max(cut, t.lastIndexOf(sep));
            }
            if (cut <= 10) {
                break;
            }
            String rest = t.substring(0, cut).strip();
            String suffix = t.substring(cut + 3).strip().replaceFirst("^[|*·/–—-]\\s*", "");
            String ns = normaliseTitle(suffix);
            boolean site = siteName != null
                    && (ns.contains(normaliseTitle(siteName))
                            || normaliseTitle(siteName).contains(ns));
            boolean rest1 = h1 != null && normaliseTitle(rest).equals(normaliseTitle(h1));
            boolean byline = ns.startsWith("by ") && ns.split(" ").length <= 5;
            if ((site || rest1 || byline) && suffix.split("\\s+").length <= 6) {
                t = rest;
            } else {
                break;
            }
        }
        return t.isBlank() ? null : t;
    }

    /** A {@code <title>} without a trailing site name, when no site name is known: " - Xinhua". */
    static String stripSiteName(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_SUFFIX.matcher(title.strip());
        String t = title.strip();
        if (m.find() && m.start() > 10) {
            t = t.substring(0, m.start());
        }
        return t.isBlank() ? null : t;
    }

    /**
     * Whether a title is about what the others say: two in five of its words (of three or more letters)
     * are among theirs. A structured-data "headline" that is a description ("matrix equal to its
     * conjugate-transpose") or another item's headline is not the page's title.
     */
    private static boolean isAbout(String title, String... others) {
        java.util.Set<String> theirs = new java.util.HashSet<>();
        for (String other : others) {
            if (other != null) {
                theirs.addAll(java.util.List.of(normaliseTitle(other).split("[^\\p{L}\\p{N}]+")));
            }
        }
        int total = 0;
        int shared = 0;
        for (String w : normaliseTitle(title).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                total++;
                shared += theirs.contains(w) ? 1 : 0;
            }
        }
        return theirs.isEmpty() || total == 0 || shared * 5 >= total * 2;
    }

    /** How much of the page below the headline is searched for a visible dateline. */
    private static final int DATELINE_REACH = 1500;

    /**
     * A date in a URL path: "/2024/05/17/", "/2024-05-17/", "/20240517/", "/2024-05/17/c_…" (Xinhua),
     * "/2024/0517/c…" (People's Daily).
     */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})([/_-]?)(0[1-9]|1[0-2])(?:\\2|/|)(0[1-9]|[12]\\d|3[01])(?!\\d)");

    /** The date in a URL's path, or null; a date after tomorrow is not a publication date. */
    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        int path = url.indexOf("://");
        path = url.indexOf('/', path < 0 ? 0 : path + 3);
        if (path < 0) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        m.region(path, url.length());
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return d.isAfter(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1)) ? null : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The text that follows an element in reading order, as lines, up to {@link #DATELINE_REACH}
     * characters: where a byline and its "Published 17 May 2024" stand when the page's metadata has no
     * date.
     */
    static String belowHeadline(Element start) {
        StringBuilder b = new StringBuilder();
        Node node = start;
        while (node != null && b.length() < DATELINE_REACH) {
            if (node instanceof TextNode t) {
                String text = t.text().strip();
                if (!text.isEmpty()) {
                    b.append(text).append(' ');
                }
            } else if (node instanceof Element e && e.isBlock() && b.length() > 0) {
                b.append('\n');
            }
            boolean skip = node instanceof Element e
                    && (e.normalName().equals("script")
                            || e.normalName().equals("style")
                            || e.normalName().equals("noscript"));
            if (!skip && node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (node != null && node.nextSibling() == null) {
                node = node.parent();
            }
            node = node == null ? null : node.nextSibling();
        }
        return b.toString();
    }

    /** Page metadata, in order of trust. */
    private static final class Meta {
        final List<String> authors = new ArrayList<>();
        String h1;
        String articleBody;
        String title;
        LocalDate published;
        String url;
        String siteName;
        String language;

        /** The elements metadata comes from, found in one pass over the page. */
        private final List<Element> jsonLd = new ArrayList<>();

        private Element firstH1;
        private Element firstTime;
        private Element canonical;

        private void collect(Document doc, Page page) {
            Walk.elements(doc, (e, depth) -> {
                page.visit(e, depth);
                switch (e.normalName()) {
                    case "script" -> {
                        if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                            jsonLd.add(e);
                        }
                    }
                    case "meta" -> {
                        String content = e.attr("content");
                        if (!content.isBlank()) {
                            String key = e.hasAttr("property")
                                    ? e.attr("property")
                                    : e.hasAttr("name")
                                            ? e.attr("name")
                                            : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
                            metas.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), content.strip());
                        }
                    }
                    case "h1" -> firstH1 = firstH1 == null && !e.text().isBlank() ? e : firstH1;
                    case "time" ->
                        firstTime = firstTime == null && !e.attr("datetime").isBlank() ? e : firstTime;
                    case "link" ->
                        canonical = canonical == null && e.attr("rel").equalsIgnoreCase("canonical") ? e : canonical;
                    default -> {}
                }
                return true;
            });
        }

        /**
         * @param doc the page
         * @param page told of every element of the page on the way
         */
        static Meta of(Document doc, Page page) {
            Meta m = new Meta();
            m.collect(doc, page);
            JsonLd ld = new JsonLd(Set.of("headline", "datePublished", "dateCreated", "inLanguage", "articleBody"));
            List<String> jsonLdData = new ArrayList<>(m.jsonLd.size());
            for (Element script : m.jsonLd) {
                String data = script.data();
                jsonLdData.add(data);
                ld.read(data);
            }
            if (ld.get("articleBody") != null) {
                m.articleBody = org.jsoup.parser.Parser.unescapeEntities(ld.get("articleBody"), false);
            }
            String jsonHeadline = ld.get("headline");
            String jsonDate = first(ld.get("datePublished"), ld.get("dateCreated"));
            String jsonLanguage = ld.get("inLanguage");
            Element h1 = m.firstH1;
            m.h1 = h1 == null ? null : h1.text().strip();
            if (jsonHeadline != null) {
                jsonHeadline = org.jsoup.parser.Parser.unescapeEntities(jsonHeadline, false)
                        .strip();
                if (jsonHeadline.isEmpty() || !isAbout(jsonHeadline, m.h1, doc.title(), m.meta("og:title"))) {
                    jsonHeadline = null; // a description or another item's headline, not this page's
                }
            }
            m.title = first(
                    jsonHeadline,
                    m.meta("dc.title"),
                    m.meta("dcterms.title"),
                    m.meta("og:title"),
                    m.meta("twitter:title"),
                    m.meta("parsely-title"));
            if (m.title != null) {
                m.title =
                        org.jsoup.parser.Parser.unescapeEntities(m.title, false).strip();
                m.title = m.title.isEmpty() ? null : m.title;
            }
            m.published = date(first(
                    jsonDate,
                    m.meta("article:published_time"),
                    m.meta("og:published_time"),
                    m.meta("datePublished"),
                    m.meta("pubdate"),
                    m.meta("publishdate"),
                    m.meta("publish-date"),
                    m.meta("dc.date.issued"),
                    m.meta("dc.date"),
                    m.meta("date"),
                    attr(m.firstTime, "datetime")));
            m.url = first(attr(m.canonical, "abs:href"), m.meta("og:url"));
            if (m.published == null && h1 != null) {
                // a visible "Published 17 May 2024" under the headline; above it, a date is the site's
                // today-widget as often as the story's
                m.published = dev.accords.internal.extract.Datelines.find(
                        dev.accords.internal.text.Normaliser.normalise(belowHeadline(h1)));
            }
            if (m.published == null) {
                m.published = urlDate(first(m.url, doc.location()));
            }
            m.siteName = m.meta("og:site_name");
            // authors: <meta name=author>, article:author (when it is a name), JSON-LD author names
            for (String a : new String[] {m.meta("author"), m.meta("article:author"), m.meta("dc.creator")}) {
                if (a != null && !a.startsWith("http") && a.length() < 80) {
                    for (String part : a.split("\\s*(?:,|\\band\\b|&)\\s*")) {
                        if (!part.isBlank() && !m.authors.contains(part.strip())) {
                            m.authors.add(part.strip());
                        }
                    }
                }
            }
            for (String data : jsonLdData) {
                for (int at = authorValue(data, 0); at >= 0 && m.authors.size() < 10; at = authorValue(data, at)) {
                    // the author value: one object, or a list of them up to its closing bracket
                    int end = data.charAt(at - 1) == '[' ? data.indexOf(']', at) : data.indexOf('}', at);
                    String value = data.substring(at, end < 0 ? Math.min(data.length(), at + 2000) : end);
                    Matcher name = JSON_NAME.matcher(value);
                    while (name.find() && m.authors.size() < 10) {
                        String n = JsonLd.unescape(name.group(1)).strip();
                        if (!n.isBlank() && !m.authors.contains(n)) {
                            m.authors.add(n);
                        }
                    }
                }
            }
            m.language = first(attr(doc.selectFirst(HTML), "lang"), m.meta("content-language"), jsonLanguage);
            return m;
        }

        /** Every {@code <meta>} with content, by lower-case key, first one kept: read once per page. */
        private final Map<String, String> metas = new HashMap<>();

        private String meta(String name) {
            return metas.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        private static String attr(Element e, String name) {
            if (e == null) {
                return null;
            }
            String value = e.attr(name); // once: an abs: URL is resolved anew on every call
            return value.isBlank() ? null : value.strip();
        }

        private static String first(String... values) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
            return null;
        }

        private static LocalDate date(String value) {
            if (value == null) {
                return null;
            }
            Matcher m = ISO_DATE.matcher(value);
            if (!m.find()) {
                return null;
            }
            try { // what ISO_LOCAL_DATE would parse, without the formatter's machinery
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }
}
