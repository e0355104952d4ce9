package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.Accords;
import dev.accords.model.Announcement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that would make a careless money or date grammar slow: every one is a few hundred
 * kilobytes, and a quadratic or backtracking path would take far longer than the timeout.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MoneyAndDatePathologicalTest {
    @Test
    void manyRangeDashes() {
        Announcement a = Accords.parseText("$1-".repeat(50_000) + "2 billion");
        assertThat(a.amounts()).isNotEmpty();
    }

    @Test
    void manySpelledNumbers() {
        Accords.parseText("twenty hundred ".repeat(30_000) + "million dollars");
        Accords.parseText("hundred ".repeat(50_000) + "million dollars");
        Announcement a = Accords.parseText("a ".repeat(100_000) + "billion dollars");
        assertThat(a.amounts()).hasSize(1);
    }

    @Test
    void manyQualifierWords() {
        Announcement a = Accords.parseText("more than ".repeat(50_000) + "$5 million");
        assertThat(a.amounts()).hasSize(1);
    }

    @Test
    void manyDatesInOneSentence() {
        String text =
                "LONDON, Jan. 10, 2024 -- It was held on 20 December, and will be held on 5 March, ".repeat(5_000);
        Announcement a = Accords.parseText(text);
        assertThat(a.published()).isPresent();
    }

    @Test
    void manyWeekdaysAndTodays() {
        Accords.parseText("LONDON, Jan. 10, 2024 -- " + "Monday today Tuesday yesterday, ".repeat(20_000));
    }

    @Test
    void longUpperCaseFirstLine() {
        Accords.parseText("A".repeat(200_000) + ", $5 million");
        Accords.parseText(("NEW " + "YORK ".repeat(50_000)) + "- $5 million");
    }

    @Test
    void manyCurrencySigns() {
        Accords.parseText("US$HK$Rs.€£¥₹ ".repeat(30_000));
        Accords.parseText("RMB".repeat(100_000) + "5 billion");
    }

    @Test
    void longDigitRuns() {
        Announcement a = Accords.parseText("1,000,".repeat(50_000) + " yuan and 2" + "0".repeat(900) + " billion USD");
        assertThat(a.amounts()).isNotEmpty();
        // a run of digits longer than any amount is passed over, in linear time
        assertThat(Accords.parseText("It got 2" + "0".repeat(200_000) + " billion USD")
                        .amounts())
                .isEmpty();
    }
}
