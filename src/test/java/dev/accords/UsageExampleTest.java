package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.model.Agreement;
import dev.accords.model.Amount;
import dev.accords.model.Announcement;
import dev.accords.model.Forum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's usage example, verbatim, run and checked against the output the README shows. */
class UsageExampleTest {
    private static final Path README = Path.of("README.md");
    private static final Path THIS_FILE = Path.of("src/test/java/dev/accords/UsageExampleTest.java");

    static void example() {
        // README example start
        Announcement a =
                Accords.parseText("BEIJING, Dec. 4, 2023 /PRNewswire/ -- On 26 November, the 3rd International Medical"
                        + " Innovation and Cooperation Forum was held in Fangchenggang. The opening event saw"
                        + " the signing of 25 project contracts with a combined investment of 21.9 billion yuan.");
        System.out.println(a.published().orElseThrow()); // 2023-12-04
        Forum forum = a.forums().get(0);
        System.out.println(forum.name() + ", edition " + forum.edition().getAsInt() + ", "
                + forum.date().orElseThrow());
        Agreement deal = a.agreements().get(0);
        Amount value = deal.value().orElseThrow();
        System.out.println(deal.count().getAsInt() + " " + deal.title().orElseThrow() + ": " + value.value() + " "
                + value.currency());
        // README example end
    }

    @Test
    void readmeExampleIsThisCode() throws IOException {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("<!-- usage-example[^>]*-->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).as("README has a usage example block").isTrue();
        String source = Files.readString(THIS_FILE);
        String body = source.substring(
                source.indexOf("// README example start") + "// README example start".length(),
                source.indexOf("// README example end"));
        assertThat(normalise(body)).isEqualTo(normalise(m.group(1)));
    }

    @Test
    void readmeExamplePrintsWhatTheReadmeSays() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            example();
        } finally {
            System.setOut(original);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8).strip();
        Matcher m = Pattern.compile("prints\\s*```\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        assertThat(m.find()).as("README shows the output").isTrue();
        assertThat(printed).isEqualTo(m.group(1).strip());
    }

    private static String normalise(String code) {
        return code.strip().replaceAll("\\s+", " ");
    }
}
