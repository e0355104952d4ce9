package dev.accords.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code *.spec.md} files in the commonmark-java manner: an example is a fenced block opened by
 * a line of backticks followed by {@code example}, holding the input, a line with a single {@code .},
 * and the expected canonical lines. Headings name the sections.
 */
public final class SpecReader {
    private static final String FENCE = "````````````````````````````````";

    private SpecReader() {}

    /**
     * @param file the file name, for messages
     * @param content the file content
     * @return its examples, in order
     */
    public static List<SpecExample> read(String file, String content) {
        List<SpecExample> out = new ArrayList<>();
        String section = "";
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "").strip();
            } else if (line.equals(FENCE + " example")) {
                int start = i + 1;
                StringBuilder input = new StringBuilder();
                List<String> expected = new ArrayList<>();
                boolean inExpected = false;
                int j = start;
                for (; j < lines.length && !lines[j].equals(FENCE); j++) {
                    if (!inExpected && lines[j].equals(".")) {
                        inExpected = true;
                    } else if (inExpected) {
                        if (!lines[j].isBlank()) {
                            expected.add(lines[j].strip());
                        }
                    } else {
                        input.append(input.length() == 0 ? "" : "\n").append(lines[j]);
                    }
                }
                if (j == lines.length || !inExpected) {
                    throw new IllegalStateException(
                            file + ":" + (i + 1) + ": example without '.' line or closing fence");
                }
                out.add(new SpecExample(file, section, i + 1, input.toString(), List.copyOf(expected)));
                i = j;
            }
        }
        return out;
    }
}
