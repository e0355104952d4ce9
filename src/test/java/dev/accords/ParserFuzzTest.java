package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accords.json.AccordsJson;
import dev.accords.model.Announcement;
import dev.accords.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the whole pipeline from bytes: decoding, article reading (text or HTML), every built-in
 * extractor and JSON writing. Nothing may throw; every span lies inside the article text; the JSON
 * written reads back to the same announcement.
 *
 * <p>In a normal test run each method replays its seed inputs from {@code
 * src/test/resources/dev/accords/ParserFuzzTestInputs/<method>/}; to fuzz, see docs/reliability.md.
 */
class ParserFuzzTest {
    private static final AnnouncementParser PARSER =
            AnnouncementParser.builder().build();

    @DictionaryEntries({
        "billion",
        "million",
        "yuan",
        "US$",
        "RMB",
        "dollars",
        "crore",
        "lakh",
        "Rs",
        "\u4ebf\u5143",
        "more than",
        "between ",
        " and ",
        "Forum",
        "Summit",
        "the 3rd ",
        "International",
        "agreement",
        "MoU",
        "signed",
        "memorandum of understanding",
        "Co., Ltd.",
        "Group",
        "Corporation",
        "University",
        "Ministry of ",
        "President ",
        "Mr. ",
        "said",
        "BEIJING, ",
        "Dec. 4, 2023",
        "/PRNewswire/ -- ",
        "On 26 November, ",
        "held in ",
        "\\x0A\\x0A",
        "\u00a0",
        "\u2014",
        "\u201c",
        "\ufeff",
        "\\x00"
    })
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a slower input is a finding when fuzzing
    @FuzzTest
    void text(byte[] input) throws IOException {
        Source source = Source.text(input, null);
        Announcement a = PARSER.parse(source);
        int length = Math.min(source.read().text().length(), AnnouncementParser.Builder.DEFAULT_MAX_INPUT_CHARS);
        check(a, length);
    }

    @DictionaryEntries({
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<br>",
        "<article>",
        "<h1>",
        "<title>",
        "<script type=\"application/ld+json\">",
        "\"articleBody\":\"",
        "\"author\":[{\"name\":\"",
        "\"headline\":\"",
        "\"datePublished\":\"2023-12-04\"",
        "<meta property=\"og:title\" content=\"",
        "<meta charset=\"gbk\">",
        "<meta name=\"author\" content=\"",
        "<time datetime=\"2023-12-04\">",
        "class=\"share\"",
        "id=\"footer\"",
        "<li>",
        "<td>",
        "<a href=\"/x\">",
        "<html lang=\"en\">",
        "&amp;",
        "&#x4e00;",
        "<!--",
        "<![CDATA[",
        "billion yuan",
        "Forum",
        "signed an MoU"
    })
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a slower input is a finding when fuzzing
    @FuzzTest
    void html(byte[] input) throws IOException {
        Source source = Source.html(input, null, "");
        Announcement a = PARSER.parse(source);
        int length = Math.min(
                PARSER.readArticle(source).text().length(), AnnouncementParser.Builder.DEFAULT_MAX_INPUT_CHARS);
        check(a, length);
    }

    /** What holds for every announcement, whatever the input. */
    static void check(Announcement a, int textLength) throws IOException {
        for (Span s : spans(a)) {
            assertThat(s.start()).as("span %s in a text of %s", s, textLength).isBetween(0, s.end());
            assertThat(s.end()).as("span %s in a text of %s", s, textLength).isLessThanOrEqualTo(textLength);
        }
        assertThat(AccordsJson.read(AccordsJson.write(a))).isEqualTo(a);
    }

    private static List<Span> spans(Announcement a) {
        List<Span> out = new ArrayList<>();
        a.organisations().forEach(o -> out.addAll(o.spans()));
        a.people().forEach(p -> out.addAll(p.spans()));
        a.amounts().forEach(m -> out.addAll(m.spans()));
        a.forums().forEach(f -> {
            out.addAll(f.spans());
            f.place().ifPresent(p -> out.addAll(p.spans()));
            f.attendance().ifPresent(q -> out.addAll(q.spans()));
        });
        a.agreements().forEach(g -> {
            out.addAll(g.spans());
            g.value().ifPresent(m -> out.addAll(m.spans()));
        });
        a.diagnostics().forEach(d -> d.span().ifPresent(out::add));
        return out;
    }
}
