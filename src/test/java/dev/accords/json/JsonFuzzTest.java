package dev.accords.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.accords.model.Announcement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes JSON reading: bad JSON, or JSON that breaks the model's rules, fails with an {@link
 * IOException} and nothing else; JSON that reads writes back to JSON that reads to the same
 * announcement.
 *
 * <p>In a normal test run it replays its seed inputs from {@code
 * src/test/resources/dev/accords/json/JsonFuzzTestInputs/read/}; to fuzz, see docs/reliability.md.
 */
class JsonFuzzTest {
    @DictionaryEntries({
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"",
        "null",
        "true",
        "false",
        "-1",
        "1e999",
        "0.0000001",
        "\"id\"",
        "\"title\"",
        "\"published\"",
        "\"2023-12-04\"",
        "\"source_url\"",
        "\"language\"",
        "\"organisations\"",
        "\"name\"",
        "\"aliases\"",
        "\"kind\"",
        "\"company\"",
        "\"people\"",
        "\"role\"",
        "\"amounts\"",
        "\"value\"",
        "\"currency\"",
        "\"CNY\"",
        "\"qualifier\"",
        "\"exact\"",
        "\"spans\"",
        "\"start\"",
        "\"end\"",
        "\"forums\"",
        "\"edition\"",
        "\"date\"",
        "\"end_date\"",
        "\"place\"",
        "\"agreements\"",
        "\"parties\"",
        "\"count\"",
        "\"diagnostics\"",
        "\"severity\"",
        "\"code\"",
        "\"message\"",
        "\"\\u0000\""
    })
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // a slower input is a finding when fuzzing
    @FuzzTest
    void read(byte[] input) throws IOException {
        String json = new String(input, StandardCharsets.UTF_8);
        Announcement a;
        try {
            a = AccordsJson.read(json);
        } catch (IOException e) {
            return; // refused, as documented
        }
        Announcement again = AccordsJson.read(AccordsJson.write(a));
        assertThat(again).isEqualTo(a);
        assertThat(AccordsJson.read(AccordsJson.writePretty(a))).isEqualTo(a);
    }
}
