package dev.accords.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The story a source holds, before any fact is extracted: its text and what is known about it
 * (headline, publication date, URL, site, language, authors).
 *
 * <p>For a plain-text source {@link #text()} is the input itself, unchanged, so fact offsets point
 * into the caller's string. For HTML it is the main content, one paragraph per block, paragraphs
 * separated by a blank line. Instances are immutable; build them with {@link #builder(String)}.
 *
 * @since 0.1.0
 */
public final class Article {
    private final String text;
    private final Optional<String> title;
    private final Optional<LocalDate> published;
    private final Optional<String> url;
    private final Optional<String> siteName;
    private final Optional<String> language;
    private final List<String> authors;

    private Article(Builder b) {
        this.text = b.text;
        this.title = Optional.ofNullable(b.title);
        this.published = Optional.ofNullable(b.published);
        this.url = Optional.ofNullable(b.url);
        this.siteName = Optional.ofNullable(b.siteName);
        this.language = Optional.ofNullable(b.language);
        this.authors = List.copyOf(b.authors);
    }

    /**
     * @param text the article text
     * @return a builder for an article with that text
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** @return a builder holding this article's values, to derive a changed copy */
    public Builder toBuilder() {
        return copyTo(new Builder(text));
    }

    /**
     * @param text another text
     * @return a copy of this article with that text and the same metadata
     */
    public Article withText(String text) {
        return copyTo(new Builder(text)).build();
    }

    private Builder copyTo(Builder b) {
        b.title = title.orElse(null);
        b.published = published.orElse(null);
        b.url = url.orElse(null);
        b.siteName = siteName.orElse(null);
        b.language = language.orElse(null);
        b.authors.addAll(authors);
        return b;
    }

    /** @return the article text; for plain-text sources, the input as given */
    public String text() {
        return text;
    }

    /** @return the headline */
    public Optional<String> title() {
        return title;
    }

    /** @return the publication date */
    public Optional<LocalDate> published() {
        return published;
    }

    /** @return the (canonical) URL */
    public Optional<String> url() {
        return url;
    }

    /** @return the site or publisher name */
    public Optional<String> siteName() {
        return siteName;
    }

    /** @return the language as a BCP 47 tag ("en") */
    public Optional<String> language() {
        return language;
    }

    /** @return the authors, in order; empty when not given */
    public List<String> authors() {
        return authors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a
                && text.equals(a.text)
                && title.equals(a.title)
                && published.equals(a.published)
                && url.equals(a.url)
                && siteName.equals(a.siteName)
                && language.equals(a.language)
                && authors.equals(a.authors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, title, published, url, siteName, language, authors);
    }

    @Override
    public String toString() {
        return "Article{title=" + title.orElse("") + ", published="
                + published.map(Object::toString).orElse("") + ", chars=" + text.length() + "}";
    }

    /** Builds an {@link Article}. Setting a value to {@code null} means "not known". */
    public static final class Builder {
        private final String text;
        private String title;
        private LocalDate published;
        private String url;
        private String siteName;
        private String language;
        private final List<String> authors = new ArrayList<>();

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /**
         * @param title the headline, or {@code null}; blank counts as {@code null}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = blankToNull(title);
            return this;
        }

        /**
         * @param published the publication date, or {@code null}
         * @return this builder
         */
        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        /**
         * @param url the URL, or {@code null}; blank counts as {@code null}
         * @return this builder
         */
        public Builder url(String url) {
            this.url = blankToNull(url);
            return this;
        }

        /**
         * @param siteName the site name, or {@code null}; blank counts as {@code null}
         * @return this builder
         */
        public Builder siteName(String siteName) {
            this.siteName = blankToNull(siteName);
            return this;
        }

        /**
         * @param language a BCP 47 tag, or {@code null}; blank counts as {@code null}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = blankToNull(language);
            return this;
        }

        /**
         * @param authors author names, in order; blank names and repeats are ignored
         * @return this builder
         */
        public Builder authors(List<String> authors) {
            authors.forEach(this::addAuthor);
            return this;
        }

        /**
         * @param author an author name; blank names are ignored
         * @return this builder
         */
        public Builder addAuthor(String author) {
            String a = blankToNull(author);
            if (a != null && !authors.contains(a)) {
                authors.add(a);
            }
            return this;
        }

        /** @return the article */
        public Article build() {
            return new Article(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
