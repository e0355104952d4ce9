package dev.accords.spec;

import java.util.List;

/**
 * One example of a {@code *.spec.md} file: an input text and the canonical facts expected from it.
 *
 * @param file the spec file name
 * @param section the heading the example stands under
 * @param line the line number of the example's opening fence
 * @param input the input text
 * @param expected the expected canonical lines, in order
 */
public record SpecExample(String file, String section, int line, String input, List<String> expected) {
    @Override
    public String toString() {
        return file + ":" + line + " " + section;
    }
}
