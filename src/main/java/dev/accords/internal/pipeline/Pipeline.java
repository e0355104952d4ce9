package dev.accords.internal.pipeline;

import dev.accords.AnnouncementParser;
import dev.accords.ExtractionException;
import dev.accords.Source;
import dev.accords.internal.html.HtmlArticles;
import dev.accords.internal.text.TextArticles;
import dev.accords.model.Agreement;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.spi.ArticleReader;
import dev.accords.spi.Extractor;
import dev.accords.spi.Phase;
import dev.accords.spi.PostProcessor;
import dev.accords.text.Article;
import dev.accords.text.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The built-in {@link AnnouncementParser}: reads the article, runs the phases, builds the announcement. */
public final class Pipeline implements AnnouncementParser {
    private final Map<Phase, List<Extractor>> extractors;
    private final List<PostProcessor> postProcessors;
    private final List<ArticleReader> articleReaders;
    private final boolean includeEvidence;
    private final boolean skipFailingExtractors;
    private final int maxInputChars;
    private final int maxInputBytes;

    /**
     * @param extractors extractors per phase, in order
     * @param postProcessors post-processors, in order
     * @param articleReaders site-specific readers, in order
     * @param includeEvidence whether facts keep spans
     * @param skipFailingExtractors whether a failing extractor becomes a diagnostic
     * @param maxInputChars the article text limit
     * @param maxInputBytes the source limit, before anything is parsed
     */
    public Pipeline(
            Map<Phase, List<Extractor>> extractors,
            List<PostProcessor> postProcessors,
            List<ArticleReader> articleReaders,
            boolean includeEvidence,
            boolean skipFailingExtractors,
            int maxInputChars,
            int maxInputBytes) {
        this.extractors = Map.copyOf(extractors);
        this.postProcessors = postProcessors;
        this.articleReaders = articleReaders;
        this.includeEvidence = includeEvidence;
        this.skipFailingExtractors = skipFailingExtractors;
        this.maxInputChars = maxInputChars;
        this.maxInputBytes = maxInputBytes;
    }

    @Override
    public Announcement parse(Source source) throws IOException {
        Objects.requireNonNull(source, "source");
        List<Diagnostic> notes = new ArrayList<>();
        Source.Content content = read(source, notes);
        Announcement a = parse(article(source, content), content, notes);
        if (source.id().isPresent()) {
            a = Announcement.builder().from(a).id(source.id().get()).build();
        }
        return a;
    }

    @Override
    public Article readArticle(Source source) throws IOException {
        Objects.requireNonNull(source, "source");
        return article(source, read(source, new ArrayList<>()));
    }

    /**
     * Reads a source within the limits: at most {@code maxInputBytes} of it, and of plain text at most
     * {@code maxInputChars} characters, so nothing larger is ever normalised or parsed.
     */
    private Source.Content read(Source source, List<Diagnostic> notes) throws IOException {
        Source.Content content = source.read(maxInputBytes);
        if (content.truncated()) {
            notes.add(Diagnostic.warning(
                    "input.truncated",
                    "the source is longer than " + maxInputBytes + " bytes; only the first " + maxInputBytes
                            + " were read (maxInputBytes)"));
        }
        String text = content.text();
        if (content.format() == Source.Format.TEXT && text.length() > maxInputChars) {
            notes.add(charsTruncated(text.length()));
            content = new Source.Content(Source.Format.TEXT, text.substring(0, cut(text, maxInputChars)), true);
        }
        return content;
    }

    private Diagnostic charsTruncated(int length) {
        return Diagnostic.warning(
                "input.truncated",
                "the article text has " + length + " characters; only the first " + maxInputChars
                        + " were read (maxInputChars)");
    }

    /** {@code max}, or one less where a surrogate pair would be split. */
    private static int cut(String text, int max) {
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    private Article article(Source source, Source.Content content) {
        Article article = content.format() == Source.Format.HTML
                ? HtmlArticles.read(content.text(), source.url().orElse(""), articleReaders)
                : TextArticles.read(content.text());
        if (source.url().isPresent() && article.url().isEmpty()) {
            article = article.toBuilder().url(source.url().get()).build();
        }
        return article;
    }

    @Override
    public Announcement parse(Article article) {
        Objects.requireNonNull(article, "article");
        return parse(article, null, List.of());
    }

    private Announcement parse(Article article, Source.Content content, List<Diagnostic> notes) {
        String text = article.text();
        boolean truncated = text.length() > maxInputChars;
        if (truncated) {
            article = article.withText(text.substring(0, cut(text, maxInputChars)));
        }
        Context ctx = new Context(article, SourceText.of(article.text()), includeEvidence);
        for (Diagnostic n : notes) { // a loop, not a method reference: it runs cold in the first parse (#7)
            ctx.report(n);
        }
        if (truncated) {
            ctx.report(charsTruncated(text.length()));
        }
        if (content != null && looksBinary(content.text())) {
            ctx.report(Diagnostic.warning(
                    "input.binary", "the input holds NUL bytes: it looks like a binary file, not a document"));
            return finish(ctx, true);
        }
        if (article.text().isBlank()) {
            ctx.report(Diagnostic.warning("input.empty", "the input holds no text"));
            return finish(ctx, true);
        }
        for (Phase phase : Phase.values()) {
            for (Extractor e : extractors.getOrDefault(phase, List.of())) {
                run(e, phase, ctx);
            }
        }
        return finish(ctx, false);
    }

    /** NUL characters near the start: a binary file or UTF-16 without a byte-order mark. */
    private static boolean looksBinary(String text) {
        // indexOf, not a charAt loop, which runs interpreted in the first parse; and not on a copy of
        // the first 8,192 characters, which every parse would allocate
        int nul = text.indexOf('\0');
        return nul >= 0 && nul < 8192;
    }

    private void run(Extractor e, Phase phase, Context ctx) {
        try {
            e.extract(ctx);
        } catch (Exception | LinkageError | AssertionError | StackOverflowError ex) {
            // Exception: checked ones too, thrown sneakily; LinkageError: a missing dependency of the
            // extractor's own (NoClassDefFoundError). Other VirtualMachineErrors are not the extractor's.
            if (!skipFailingExtractors) {
                throw new ExtractionException(e.name(), phase, ex);
            }
            ctx.report(Diagnostic.error(
                    "extractor.failed",
                    "extractor " + e.name() + " failed in phase " + phase + " and was skipped: " + ex));
        }
    }

    private Announcement finish(Context ctx, boolean skipFacts) {
        Article article = ctx.article();
        Announcement.Builder b = Announcement.builder()
                .title(ctx.title())
                .published(ctx.published())
                .sourceUrl(article.url())
                .language(ctx.language())
                .diagnostics(ctx.diagnostics());
        if (!skipFacts) {
            b.organisations(ctx.organisations())
                    .people(ctx.people())
                    .amounts(ctx.amounts())
                    .forums(ctx.forums())
                    .agreements(ctx.agreements())
                    .facts(ctx.allFacts());
        }
        Announcement a = b.build();
        if (!includeEvidence) {
            a = Evidence.strip(a);
        }
        for (PostProcessor p : postProcessors) {
            a = Objects.requireNonNull(
                    p.process(a), () -> "post-processor " + p.getClass().getName() + " returned null");
        }
        return a;
    }

    /** Removes evidence spans from every fact. */
    static final class Evidence {
        private Evidence() {}

        static Announcement strip(Announcement a) {
            return Announcement.builder()
                    .from(a)
                    .organisations(a.organisations().stream()
                            .map(o -> Organisation.builder()
                                    .from(o)
                                    .spans(List.of())
                                    .build())
                            .toList())
                    .people(a.people().stream()
                            .map(p -> Person.builder().from(p).spans(List.of()).build())
                            .toList())
                    .amounts(a.amounts().stream().map(Evidence::strip).toList())
                    .forums(a.forums().stream()
                            .map(f -> Forum.builder()
                                    .from(f)
                                    .spans(List.of())
                                    .place(f.place()
                                            .map(p -> dev.accords.model.Place.builder()
                                                    .from(p)
                                                    .spans(List.of())
                                                    .build()))
                                    .attendance(f.attendance()
                                            .map(q -> dev.accords.model.Quantity.builder()
                                                    .from(q)
                                                    .spans(List.of())
                                                    .build()))
                                    .build())
                            .toList())
                    .agreements(a.agreements().stream()
                            .map(g -> Agreement.builder()
                                    .from(g)
                                    .spans(List.of())
                                    .value(g.value().map(Evidence::strip))
                                    .build())
                            .toList())
                    .build();
        }

        private static dev.accords.model.Amount strip(dev.accords.model.Amount m) {
            return dev.accords.model.Amount.builder().from(m).spans(List.of()).build();
        }
    }
}
