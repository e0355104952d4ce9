package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Diagnostic;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that make careless regular expressions or tree walks blow up, at the sizes of issue #8. Each
 * input is so large that a path whose time grows with the square of the input (10^10 steps and more)
 * or a backtracking regular expression would run for hours; run in linear time, each takes at most a
 * few seconds on a slow two-core machine, and the timeouts leave a wide margin for that.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalTest {
    private static final String SENTENCE = "The forum signed agreements worth $1 billion with Kenya Power Co Ltd and ";

    @Test
    void manyCommas() {
        Announcement a = Accords.parseText("1,".repeat(100_000));
        assertThat(a.amounts()).isEmpty();
    }

    @Test
    @Timeout(
            value = 30,
            unit = TimeUnit.SECONDS) // one 365 KB sentence: ~5 s linear on an idle core; quadratic would take hours
    void oneVeryLongLine() {
        Announcement a = Accords.parseText(SENTENCE.repeat(5_000));
        assertThat(a.amounts()).hasSize(1);
        assertThat(a.amounts().get(0).spans()).hasSize(5_000);
    }

    /** Ten megabytes without a line break: read, cut to the article limit with a warning, and parsed. */
    @Test
    void tenMegabytesOfOneLine() throws Exception {
        byte[] line = SENTENCE.repeat(10_000_000 / SENTENCE.length() + 1)
                .substring(0, 10_000_000)
                .getBytes(StandardCharsets.UTF_8);
        Announcement a = Accords.parser().parse(Source.text(line, null));
        assertThat(a.diagnostics())
                .filteredOn(d -> d.code().equals("input.truncated"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("10000000 characters", "maxInputChars"));
        assertThat(a.amounts())
                .singleElement()
                .satisfies(m -> assertThat(m.spans())
                        .hasSizeGreaterThanOrEqualTo(
                                AnnouncementParser.Builder.DEFAULT_MAX_INPUT_CHARS / SENTENCE.length()));
        assertThat(a.organisations()).isNotEmpty();
    }

    @Test
    void hugeNumbers() {
        Announcement a = Accords.parseText(
                "The fund holds $" + "9".repeat(1_000) + " billion and " + "1".repeat(50_000) + " yuan.");
        assertThat(a.amounts())
                .singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo(new BigDecimal("9".repeat(1_000) + "e9")));
    }

    /** Numbers far too long to be money are skipped, in time linear in their length. */
    @Test
    void numbersOfAMillionDigits() {
        Announcement a = Accords.parseText("It got $" + "9".repeat(1_000_000) + " billion and $"
                + "999,".repeat(250_000) + "9 billion and Rs 1." + "5".repeat(500_000) + " crore.");
        assertThat(a.amounts()).isEmpty();
    }

    @Test
    void fiftyThousandParentheses() {
        assertThat(Accords.parseText("(".repeat(50_000) + "Alpha Group signed an MoU" + ")".repeat(50_000))
                        .organisations())
                .extracting(o -> o.name())
                .contains("Alpha Group");
        assertThat(Accords.parseText("Alpha Group (Kenya Power Co Ltd) ".repeat(25_000))
                        .organisations())
                .isNotEmpty();
        assertThat(Accords.parseText("The MoU was signed by Alpha Group " + "(KPC) ".repeat(50_000)))
                .isNotNull();
        assertThat(Accords.parseHtml(
                                "<p>" + "(".repeat(50_000) + "Alpha Group signed an MoU" + ")".repeat(50_000) + "</p>",
                                "")
                        .agreements())
                .hasSize(1);
    }

    @Test
    void deeplyNestedHtml() {
        String html =
                "<div>".repeat(100_000) + "<p>Kenya Ports Authority signed an MoU.</p>" + "</div>".repeat(100_000);
        Announcement a = Accords.parseHtml(html, "");
        assertThat(a.agreements()).hasSize(1);
        assertThat(a.diagnostics()).isEmpty();
    }

    /** Unclosed and nested inline, list, table and quote elements: no walk of ours recurses or rescans. */
    @Test
    void deeplyNestedElementsOfEveryKind() {
        String story = "Kenya Ports Authority signed an MoU with China Road and Bridge Corporation. ";
        for (String open : new String[] {"<div>", "<span>", "<ul><li>", "<table><tr><td>", "<blockquote>", "<b><i>"}) {
            String html = open.repeat(20_000) + ("<p>" + story + "</p>").repeat(3);
            Announcement a = Accords.parseHtml(html, "");
            assertThat(a.organisations()).as(open).isNotEmpty();
        }
    }

    @Test
    void manyParagraphs() {
        StringBuilder html = new StringBuilder("<html><body><div class=share>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<p>Paragraph ").append(i).append(" of text about cooperation between the two sides.</p>");
        }
        Announcement a =
                Accords.parser().parseHtml(html.append("</div></body></html>").toString(), "");
        assertThat(a.diagnostics()).extracting(Diagnostic::code).containsOnly("input.truncated");
    }

    @Test
    void manyCapitalisedWordsAndHeads() {
        Announcement a = Accords.parseText("delegates of Alpha Beta Gamma Delta Group met ".repeat(10_000));
        assertThat(a.organisations()).isNotEmpty();
    }

    /** Four thousand differently named companies and groups, two by two signing agreements. */
    @Test
    void thousandsOfOrganisations() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            String n = name(i);
            b.append("Alpha")
                    .append(n)
                    .append(" Holdings Co., Ltd. signed an agreement with Beta")
                    .append(n)
                    .append(" Group. ");
        }
        Announcement a = Accords.parseText(b.toString());
        assertThat(a.organisations()).hasSizeGreaterThanOrEqualTo(4_000);
        assertThat(a.agreements()).isNotEmpty();
    }

    @Test
    void thousandsOfOrganisationsInOneList() {
        StringBuilder b = new StringBuilder("The MoU was signed by ");
        for (int i = 0; i < 10_000; i++) {
            b.append("Alpha").append(name(i)).append(" Holdings Ltd, ");
        }
        Announcement a = Accords.parseText(b.append("and Beta Group.").toString());
        assertThat(a.organisations()).hasSizeGreaterThan(5_000);
    }

    /** Twenty thousand names with their acronyms in brackets: each acronym was checked against every name. */
    @Test
    void thousandsOfAcronyms() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String n = name(i);
            b.append("Alpha")
                    .append(n)
                    .append(" Holdings (AH")
                    .append(n.toUpperCase(java.util.Locale.ROOT))
                    .append(") signed. ");
        }
        assertThat(Accords.parseText(b.toString()).organisations()).hasSizeGreaterThan(1_000);
    }

    @Test
    void onlyPunctuation() {
        Announcement a = Accords.parseText("!?.,;:()[]{}\"'-".repeat(30_000));
        assertThat(a.isEmpty()).isTrue();
    }

    @Test
    void nulBytes() throws Exception {
        byte[] zeros = new byte[1_000_000];
        assertThat(Accords.parser().parse(Source.text(zeros, null)).diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("input.binary");
        assertThat(Accords.parser().parse(Source.html(zeros, null, "")).diagnostics())
                .extracting(Diagnostic::code)
                .contains("input.binary");
        // NUL characters far into a real text are read as spaces
        Announcement late = Accords.parseText("Kenya Power Co Ltd signed an MoU worth $5 million. ".repeat(1_000)
                + "\0".repeat(100_000) + " China Energy Group signed an MoU.");
        assertThat(late.organisations()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] random = new byte[100_000];
        new Random(8).nextBytes(random);
        for (int i = 0; i < random.length; i++) {
            if (random[i] == 0) {
                random[i] = 1; // random bytes without NUL, so they are read, not refused as binary
            }
        }
        assertThat(Accords.parser().parse(Source.text(random, null))).isNotNull();
        random[0] = '<';
        assertThat(Accords.parser().parse(Source.html(random, null, ""))).isNotNull();
        byte[] leads = new byte[300_000];
        Arrays.fill(leads, (byte) 0xC3);
        assertThat(Accords.parser().parse(Source.text(leads, StandardCharsets.UTF_8)))
                .isNotNull();
        byte[] mixed = "Kenya Power Co Ltd signed \u00ff\u00fe an MoU worth $5 million. "
                .repeat(2_000)
                .getBytes(StandardCharsets.ISO_8859_1); // \u00ff\u00fe: no valid UTF-8
        Announcement a = Accords.parser().parse(Source.text(mixed, StandardCharsets.UTF_8));
        assertThat(a.amounts()).extracting(Amount::value).containsExactly(new BigDecimal("5000000"));
    }

    @Test
    void mixedScripts() {
        String text =
                "Kenya Power \u4e2d\u56fd\u94f6\u884c \u7b7e\u7f72 21.9\u4ebf\u5143 \u0413\u0430\u0437\u043f\u0440\u043e\u043c $5"
                        + " \u043c\u043b\u0440\u0434. \u0634\u0631\u0643\u0629 \u0623\u0631\u0627\u0645\u0643\u0648 \u092c\u0948\u0902\u0915 \u20b9500"
                        + " \u0915\u0930\u094b\u0921\u093c \ud83c\udde8\ud83c\uddf3\ud83e\udd1d\ud83c\uddf0\ud83c\uddea \u200f\u202e ";
        Announcement a = Accords.parseText(text.repeat(200_000 / text.length()));
        assertThat(a.amounts()).extracting(m -> m.currency().getCurrencyCode()).contains("CNY");
    }

    /** Places and names before a signing verb: each place was checked against all the text up to it. */
    @Test
    void manyPlacesBeforeTheVerb() {
        Announcement a = Accords.parseText(
                "China, Kenya, " + "Alpha Beta and Gamma, Kenya, ".repeat(20_000) + "sign an agreement on trade.");
        assertThat(a.agreements()).isNotEmpty();
    }

    /** A count too large for a long used to fail the whole parse. */
    @Test
    void countsTooLargeForANumber() {
        Announcement a = Accords.parseText("The 3rd Africa Energy Forum was held in Nairobi, attended by"
                + " 1,000,000,000,000,000,000,000 delegates.");
        assertThat(a.forums())
                .singleElement()
                .satisfies(f -> assertThat(f.attendance()).isEmpty());
        // a run of thousands of digit groups: no stack overflow, no rescanning from each digit
        Announcement b = Accords.parseText("The 3rd Africa Energy Forum was held in Nairobi, attended by 1"
                + ",000".repeat(100_000) + " delegates and 1,200 guests.");
        assertThat(b.forums())
                .singleElement()
                .satisfies(f -> assertThat(f.attendance())
                        .hasValueSatisfying(q -> assertThat(q.value()).isEqualTo(1_200)));
    }

    /** A short name made of letters for a number: 0 → a, 26 → ab. */
    private static String name(int i) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }
}
