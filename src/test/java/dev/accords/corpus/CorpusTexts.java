package dev.accords.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The announcement texts of the corpus fixtures ({@code src/test/resources/corpus/*.txt}), for tests
 * that compare a fast path with the plain code on real text.
 */
public final class CorpusTexts {
    /** Where the fixtures are, relative to the project directory tests run in. */
    public static final Path DIRECTORY = Path.of("src/test/resources/corpus");

    private CorpusTexts() {}

    /**
     * @return the text of every {@code .txt} fixture, in order of file name
     * @throws UncheckedIOException if the fixtures cannot be read
     */
    public static List<String> all() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no corpus texts in " + DIRECTORY.toAbsolutePath());
        }
        return out;
    }
}
