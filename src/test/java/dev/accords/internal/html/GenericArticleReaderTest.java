package dev.accords.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.text.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericArticleReaderTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
            <title>EIB backs hospital expansion in Ghent | EIB Newsroom</title>
            <meta property="og:site_name" content="European Investment Bank">
            <link rel="canonical" href="/press/2016-335">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"EIB supports expansion of Sint-Lucas hospital",
              "datePublished":"2016-08-05T09:30:00+02:00"}</script>
            </head><body>
            <header><nav><a href="/">Home</a><a href="/press">Press</a></nav></header>
            <div class="share-bar">Share on Twitter</div>
            <div id="content"><article>
              <h1>EIB supports expansion of Sint-Lucas hospital</h1>
              <p>This morning, the European Investment Bank signed a lending agreement with the Sint-Lucas general hospital in Ghent, Belgium.</p>
              <p>The loan of EUR 50 million comes in support of a conversion plan to prepare the hospital for the future.</p>
              <ul><li>A new wing for day-hospital activities</li><li>A rehabilitation area</li></ul>
              <div class="related-articles"><p>Related: EIB lends to schools in Flanders</p></div>
            </article></div>
            <footer><p>Copyright European Investment Bank</p></footer>
            <script>var x = "not text";</script>
            </body></html>
            """;

    @Test
    void readsMetadataInOrderOfTrust() {
        Article a = HtmlArticles.read(PAGE, "https://www.eib.org/en/press/all/2016-335", List.of());
        assertThat(a.title()).contains("EIB supports expansion of Sint-Lucas hospital");
        assertThat(a.published()).contains(LocalDate.of(2016, 8, 5));
        assertThat(a.url()).contains("https://www.eib.org/press/2016-335");
        assertThat(a.siteName()).contains("European Investment Bank");
        assertThat(a.language()).contains("en-GB");
    }

    @Test
    void keepsTheStoryAndDropsTheFurniture() {
        Article a = HtmlArticles.read(PAGE, "", List.of());
        assertThat(a.text().split("\n\n"))
                .contains(
                        "This morning, the European Investment Bank signed a lending agreement with the Sint-Lucas general"
                                + " hospital in Ghent, Belgium.",
                        "The loan of EUR 50 million comes in support of a conversion plan to prepare the hospital for the future.",
                        "A new wing for day-hospital activities");
        assertThat(a.text()).doesNotContain("Home", "Share on Twitter", "Related:", "Copyright", "not text");
    }

    @Test
    void titleFallsBackToTheTitleElementWithoutTheSiteName() {
        Article a = HtmlArticles.read(
                "<html><head><title>Ghana signs port deal - Daily Graphic</title></head><body><p>Text.</p></body></html>",
                "",
                List.of());
        assertThat(a.title()).contains("Ghana signs port deal");
        assertThat(a.text()).isEqualTo("Text.");
    }

    @Test
    void authorsFromMetaAndStructuredData() {
        Article a = HtmlArticles.read(
                "<html><head><meta name=author content=\"Amina Yusuf and Li Wei\">"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":"
                        + "\"Person\",\"name\":\"Li Wei\"},{\"@type\":\"Person\",\"name\":\"Carlos Mendes\"}]}</script>"
                        + "</head><body><p>Text of the story that is long enough.</p></body></html>",
                "",
                List.of());
        assertThat(a.authors()).containsExactly("Amina Yusuf", "Li Wei", "Carlos Mendes");
    }

    @Test
    void aPageWithoutMarkupStillGivesItsText() {
        Article a = HtmlArticles.read("Kenya and the AfDB signed a loan agreement.", "", List.of());
        assertThat(a.text()).isEqualTo("Kenya and the AfDB signed a loan agreement.");
        assertThat(a.published()).isEmpty();
    }

    @Test
    void theStructuredHeadlineComesBeforeTheSocialTitle() {
        String page = """
                <html><head><title>Oman and India sign port MoU | Times of Oman</title>
                <meta property="og:title" content="Oman, India ink port deal">
                <script type="application/ld+json">{"@type":"NewsArticle",
                  "headline":"Oman and India sign MoU on Duqm port &#8216;green corridor&#8217;"}</script>
                </head><body><h1>Oman and India sign port MoU</h1><p>Text.</p></body></html>
                """;
        assertThat(HtmlArticles.read(page, "", List.of()).title())
                .contains("Oman and India sign MoU on Duqm port \u2018green corridor\u2019");
    }

    @Test
    void aStructuredHeadlineThatSharesNoWordWithThePageIsNotItsTitle() {
        String page = """
                <html><head><title>Hermitian matrix - Wikipedia</title>
                <script type="application/ld+json">{"@type":"Article","headline":"conjugate-transpose equality"}</script>
                </head><body><h1>Hermitian matrix</h1><p>Text.</p></body></html>
                """;
        assertThat(HtmlArticles.read(page, "", List.of()).title()).contains("Hermitian matrix");
    }

    @Test
    void theStoryDateIsTheShallowestOneInTheStructuredData() {
        String page = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle",
                  "image":[{"@type":"ImageObject","datePublished":"2024-08-06T18:47Z"}],
                  "datePublished":"2024-08-08T08:00Z","headline":"Port deal signed"}</script>
                </head><body><h1>Port deal signed</h1><p>Text.</p></body></html>
                """;
        assertThat(HtmlArticles.read(page, "", List.of()).published()).contains(LocalDate.of(2024, 8, 8));
    }

    @Test
    void withoutMetadataAVisibleDatelineUnderTheHeadline() {
        String page = """
                <html><body><div class="top">Monday, 22 November 2026</div>
                <h1>Tanzania and Oman sign MoU on port logistics</h1>
                <div class="byline">By Staff Reporter <span>| Published on: 14 March 2025</span></div>
                <p>Dar es Salaam — The two governments signed a memorandum of understanding on Friday.</p>
                </body></html>
                """;
        assertThat(HtmlArticles.read(page, "", List.of()).published()).contains(LocalDate.of(2025, 3, 14));
        String chinese = """
                <html><body><h1>中哈签署产能合作协议</h1><div class="info">来源：新华网 发布时间：2024-05-17 10:30</div>
                <p>中国和哈萨克斯坦两国企业签署了33项合作协议。</p></body></html>
                """;
        assertThat(HtmlArticles.read(chinese, "", List.of()).published()).contains(LocalDate.of(2024, 5, 17));
    }

    @Test
    void aDateAboveTheHeadlineIsNotTheStorysDate() {
        String page = """
                <html><body><div class="top">Monday, 22 November 2026</div>
                <h1>Tanzania and Oman sign MoU on port logistics</h1>
                <p>The two governments signed a memorandum of understanding.</p></body></html>
                """;
        assertThat(HtmlArticles.read(page, "", List.of()).published()).isEmpty();
    }

    @Test
    void lastTheDateInTheUrl() {
        String page = "<html><body><h1>Port deal</h1><p>Text.</p></body></html>";
        assertThat(HtmlArticles.read(page, "https://www.example.com/news/2024/05/17/port-deal.html", List.of())
                        .published())
                .contains(LocalDate.of(2024, 5, 17));
        assertThat(GenericArticleReader.urlDate("http://www.news.cn/world/2023-12/04/c_1130001.htm"))
                .isEqualTo(LocalDate.of(2023, 12, 4));
        assertThat(GenericArticleReader.urlDate("http://en.people.cn/n3/2024/0517/c90000-20170000.html"))
                .isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(GenericArticleReader.urlDate("https://example.org/story_20240517_deal"))
                .isEqualTo(LocalDate.of(2024, 5, 17));
        // ids, invalid days and hosts are not dates
        assertThat(GenericArticleReader.urlDate("https://example.org/article/2024051799"))
                .isNull();
        assertThat(GenericArticleReader.urlDate("https://example.org/2024/02/30/x"))
                .isNull();
        assertThat(GenericArticleReader.urlDate("https://20240517.example.org/x"))
                .isNull();
    }
}
