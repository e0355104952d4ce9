package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accords.model.Span;
import dev.accords.text.SourceText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the money and date grammars on normalised text, over the whole text and over a part of it:
 * nothing may throw, every phrase lies inside the range searched, phrases come in text order without
 * overlaps, and values are sane.
 *
 * <p>In a normal test run each method replays its seed inputs from {@code
 * src/test/resources/dev/accords/internal/extract/GrammarFuzzTestInputs/<method>/}; to fuzz, see
 * docs/reliability.md.
 */
class GrammarFuzzTest {
    @DictionaryEntries({
        "billion",
        "million",
        "bn",
        "bln",
        "trillion",
        "thousand",
        "hundred",
        "crore",
        "lakh",
        "yuan",
        "dollars",
        "US dollars",
        "euros",
        "USD",
        "CNY",
        "RMB",
        "US$",
        "HK$",
        "$",
        "\u20ac",
        "\u00a3",
        "\u00a5",
        "Rs",
        "Rs.",
        "\u4ebf\u5143",
        "\u4e07",
        "more than",
        "up to",
        "about",
        "or more",
        "between ",
        " and ",
        " to ",
        "-",
        "twenty-five",
        "half a",
        "a ",
        "one",
        "(",
        ")",
        ",",
        ".",
        "1,000",
        "21.9"
    })
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a slower input is a finding when fuzzing
    @FuzzTest
    void amounts(byte[] input) {
        String text = normalised(input);
        checkAmounts(text, 0, text.length());
        checkAmounts(text, text.length() / 3, text.length() - text.length() / 3);
    }

    @DictionaryEntries({
        "January",
        "Jan.",
        "February",
        "Sept.",
        "December",
        "Dec.",
        "Monday",
        "Tuesday",
        "today",
        "yesterday",
        "tomorrow",
        "last ",
        "next ",
        "this ",
        "2023",
        "2024",
        "1999",
        "26th",
        "1st",
        "of ",
        " to ",
        " through ",
        " until ",
        "-",
        ", ",
        "2023-12-04",
        "12/04/2023",
        "4.12.2023",
        "between ",
        "from ",
        "On "
    })
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a slower input is a finding when fuzzing
    @FuzzTest
    void dates(byte[] input) {
        String text = normalised(input);
        checkDates(text, 0, text.length());
        checkDates(text, text.length() / 3, text.length() - text.length() / 3);
    }

    private static String normalised(byte[] input) {
        return SourceText.of(new String(input, StandardCharsets.UTF_8)).text();
    }

    private static void checkAmounts(String text, int from, int to) {
        List<AmountGrammar.Written> found = AmountGrammar.find(text, from, to);
        int last = from;
        for (AmountGrammar.Written w : found) {
            checkSpan(w.span(), last, to);
            last = w.span().end();
            assertThat(w.value()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            w.upper().ifPresent(u -> assertThat(u).isGreaterThanOrEqualTo(w.value()));
            assertThat(w.currency()).isNotBlank();
        }
    }

    private static void checkDates(String text, int from, int to) {
        int last = from;
        for (DateGrammar.Written w : DateGrammar.find(text, from, to)) {
            checkSpan(w.span(), last, to);
            last = w.span().end();
            assertThat(w.month()).isBetween(1, 12);
            assertThat(w.day()).isBetween(0, 31);
            int year = w.hasYear() ? w.year() : 2024;
            w.in(year); // null or a real day, never an exception
            w.endIn(year);
        }
        for (DateGrammar.Relative r : DateGrammar.findRelative(text, from, to)) {
            checkSpan(r.span(), from, to);
        }
    }

    private static void checkSpan(Span s, int from, int to) {
        assertThat(s.start()).as("span %s in [%s, %s)", s, from, to).isBetween(from, s.end());
        assertThat(s.end()).as("span %s in [%s, %s)", s, from, to).isLessThanOrEqualTo(to);
    }
}
