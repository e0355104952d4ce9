package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.Announcement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that make careless regular expressions or tree walks blow up. Sizes are chosen so that a
 * quadratic or backtracking path would take far longer than the timeout (a few hundred kilobytes
 * each; the full-size limits of the robustness work come with the performance work).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PathologicalTest {
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
        String text = "The forum signed agreements worth $1 billion with Kenya Power Co Ltd and ".repeat(5_000);
        Announcement a = Accords.parseText(text);
        assertThat(a.amounts()).hasSize(1);
        assertThat(a.amounts().get(0).spans()).hasSize(5_000);
    }

    @Test
    void hugeNumbers() {
        Announcement a = Accords.parseText(
                "The fund holds $" + "9".repeat(1_000) + " billion and " + "1".repeat(50_000) + " yuan.");
        assertThat(a.amounts()).isNotEmpty();
    }

    @Test
    void deeplyNestedHtml() {
        String html = "<div>".repeat(10_000) + "<p>Kenya Ports Authority signed an MoU.</p>" + "</div>".repeat(10_000);
        Announcement a = Accords.parseHtml(html, "");
        assertThat(a.agreements()).hasSize(1);
    }

    @Test
    void manyParagraphs() {
        String html = "<html><body>" + "<p>Paragraph of text about cooperation.</p>".repeat(5_000) + "</body></html>";
        assertThat(Accords.parser().parseHtml(html, "").diagnostics()).isEmpty();
    }

    @Test
    void manyCapitalisedWordsAndHeads() {
        Announcement a = Accords.parseText("delegates of Alpha Beta Gamma Delta Group met ".repeat(10_000));
        assertThat(a.organisations()).isNotEmpty();
    }

    @Test
    void onlyPunctuation() {
        Announcement a = Accords.parseText("!?.,;:()[]{}\"'-".repeat(20_000));
        assertThat(a.isEmpty()).isTrue();
    }
}
