package dev.accords.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexicon reader: lines, comments and tab-separated entries as the data files use them. */
class LexiconTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\n",
                "one\ntwo\n",
                "one\ntwo",
                "one\r\ntwo\r\n",
                "one\rtwo\r",
                "one\r\rtwo\n\n\r\n",
                "# header\n  # indented comment\nC# language\nentry # note\nentry#not a note\n\t\n",
                "São Paulo\tBrazil\n北京\tChina # capital\n",
                "\u2003padded\u2003\n",
                "plain\tline\n with a space \n\tand tabs\t\nC#\nnot # a note\n\u0001ctrl\u001F\n",
                "last line without a line end\r\nLagos\tNigeria"
            })
    void linesAreReadLineStrippedWithoutCommentsOrBlanks(String content) throws IOException {
        assertThat(Lexicon.lines(content.getBytes(StandardCharsets.UTF_8))).isEqualTo(readLine(content));
    }

    @Test
    void keyAndValueAreSplitAtTheFirstRunOfTabs() {
        List<String> lines = List.of("One \t\t Value\twith a tab ", "Two\tsecond", "three\t\t\tthird");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t+", 2);
            expected.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
        }
        assertThat(Lexicon.map("test.tsv", lines, true)).containsExactlyEntriesOf(expected);
        assertThat(Lexicon.map("test.tsv", lines, true)).containsEntry("one", "Value\twith a tab");
        assertThatIllegalStateException()
                .isThrownBy(() -> Lexicon.map("test.tsv", List.of("no tab"), true))
                .withMessageContaining("test.tsv");
    }

    @Test
    void theBundledFilesLoad() {
        assertThat(Lexicon.lines("months.tsv")).isNotEmpty();
        assertThat(Lexicon.map("months.tsv")).containsEntry("january", "1");
        assertThat(Lexicon.lowerSet("honorifics.txt")).contains("mr", "mrs");
        assertThat(Places.find("São Paulo")).map(Places.Place::country).contains("Brazil");
        assertThat(Places.demonym("Chinese")).contains("China");
    }

    @Test
    void aMissingFileIsAPackagingDefect() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Lexicon.lines("no-such-file.txt"))
                .withMessageContaining("no-such-file.txt");
    }

    /** The reading of the files before #7: BufferedReader.readLine, a # comment, strip. */
    private static List<String> readLine(String content) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new StringReader(content));
        for (String line; (line = r.readLine()) != null; ) {
            int hash = line.indexOf('#');
            if (hash >= 0 && (hash == 0 || Character.isWhitespace(line.charAt(hash - 1)))) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }
}
