package dev.accords.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written scans of page metadata, checked against the regexes they replace (#7). */
class MetadataScanTest {
    /** What {@link GenericArticleReader#authorValue} finds without a regex. */
    private static final Pattern JSON_LD_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*[\\[{]");

    static Stream<String> jsonLd() {
        List<String> blocks = new ArrayList<>(List.of(
                "",
                "\"author\"",
                "\"author\":",
                "{\"author\" : {\"name\":\"A\"}}",
                "{\"author\"\t\n:\u000B\f\r[{\"name\":\"A\"},{\"name\":\"B\"}]}",
                "{\"author\": \"A\", \"x\": {\"author\":{\"name\":\"B\"}}}",
                "\"author\"\"author\": {",
                "\"author\" :\u00a0{",
                "\"author\"\u2003: {",
                "{\"coauthor\": {}, \"author\":[ ], \"author\" : { } }"));
        TreePassesTest.pages().forEach(page -> {
            for (Element script : TreePassesTest.parse(page).select("script[type=application/ld+json]")) {
                blocks.add(script.data());
            }
        });
        return blocks.stream();
    }

    @ParameterizedTest
    @MethodSource("jsonLd")
    void authorValueFindsWhatTheRegexFinds(String data) {
        List<Integer> expected = new ArrayList<>();
        Matcher m = JSON_LD_AUTHOR.matcher(data);
        while (m.find()) {
            expected.add(m.end());
        }
        List<Integer> actual = new ArrayList<>();
        for (int at = GenericArticleReader.authorValue(data, 0);
                at >= 0;
                at = GenericArticleReader.authorValue(data, at)) {
            actual.add(at);
        }
        assertThat(actual).isEqualTo(expected);
    }
}
