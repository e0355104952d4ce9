package dev.accords;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/extending.md shows code of the downstream project under src/it/drug-extension, which the
 * integration test compiles and runs against the installed artifact. Every java and xml block of the
 * guide follows a marker {@code <!-- snippet: path#region -->} (or {@code path} for a whole file) and
 * must be identical to that region of that file: the lines between {@code tag::region[]} and {@code
 * end::region[]}, without their common indentation.
 */
class ExtendingDocTest {
    private static final Path GUIDE = Path.of("docs/extending.md");
    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- snippet: (\\S+) -->\\n)?```(\\w*)\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

    /** One fenced block of the guide and the snippet it claims to be. */
    record Block(String language, String code, String snippet) {}

    @Test
    void everyCodeBlockOfTheGuideIsCodeTheIntegrationTestCompiles() throws IOException {
        List<Block> blocks = blocks(Files.readString(GUIDE));
        assertThat(blocks).filteredOn(b -> b.language().equals("java")).hasSizeGreaterThanOrEqualTo(10);
        List<String> problems = new ArrayList<>();
        for (Block b : blocks) {
            problems.addAll(check(b, Path.of(".")));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsDrift() throws IOException {
        // the check above must be able to fail: a changed line, a missing marker, a missing region
        String doc = Files.readString(GUIDE);
        Matcher m = BLOCK.matcher(doc);
        Block first = null;
        while (m.find() && first == null) {
            if (m.group(1) != null && m.group(2).equals("java")) {
                first = new Block(m.group(2), m.group(3), m.group(1));
            }
        }
        assertThat(first).isNotNull();
        assertThat(check(first, Path.of("."))).isEmpty();
        Block changed = new Block("java", first.code().replaceFirst("\\w+", "renamed"), first.snippet());
        assertThat(check(changed, Path.of("."))).singleElement().asString().contains("differs");
        assertThat(check(new Block("java", "class A {}\n", null), Path.of(".")))
                .singleElement()
                .asString()
                .contains("no snippet marker");
        assertThat(check(new Block("java", "class A {}\n", first.snippet() + "-gone"), Path.of(".")))
                .singleElement()
                .asString()
                .contains("no region");
    }

    static List<Block> blocks(String doc) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            out.add(new Block(m.group(2), m.group(3), m.group(1)));
        }
        return out;
    }

    /** @return what is wrong with a block, nothing if it is right */
    static List<String> check(Block b, Path root) throws IOException {
        boolean code = b.language().equals("java") || b.language().equals("xml");
        if (b.snippet() == null) {
            return code ? List.of("a " + b.language() + " block has no snippet marker:\n" + b.code()) : List.of();
        }
        String[] pathAndRegion = b.snippet().split("#", 2);
        String source = substitute(Files.readString(root.resolve(pathAndRegion[0])));
        String expected = pathAndRegion.length == 1 ? source : region(source, pathAndRegion[1]);
        if (expected == null) {
            return List.of(b.snippet() + ": no region " + pathAndRegion[1]);
        }
        return strip(expected).equals(strip(b.code()))
                ? List.of()
                : List.of(b.snippet() + " differs from the guide:\n--- source\n" + strip(expected) + "\n--- guide\n"
                        + strip(b.code()));
    }

    /** The lines between the tag and end markers, without their common indentation. */
    private static String region(String source, String name) {
        List<String> lines = source.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("tag::" + name + "[]")) {
                start = i + 1;
            } else if (start >= 0 && lines.get(i).contains("end::" + name + "[]")) {
                List<String> body = lines.subList(start, i);
                int indent = body.stream()
                        .filter(l -> !l.isBlank())
                        .mapToInt(l -> l.length() - l.stripLeading().length())
                        .min()
                        .orElse(0);
                return String.join(
                        "\n",
                        body.stream()
                                .map(l -> l.isBlank() ? "" : l.substring(indent))
                                .toList());
            }
        }
        return null;
    }

    /** The downstream pom's placeholders, as the invoker plugin fills them in. */
    private static String substitute(String source) throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Map<String, String> values = Map.of(
                "@project.version@", match(pom, "<artifactId>accords</artifactId>\\s*<version>([^<]+)</version>"),
                "@jackson.version@", match(pom, "<jackson.version>([^<]+)</jackson.version>"),
                "@junit.version@", match(pom, "<junit.version>([^<]+)</junit.version>"));
        for (Map.Entry<String, String> e : values.entrySet()) {
            source = source.replace(e.getKey(), e.getValue());
        }
        return source;
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("pom.xml has no " + regex);
        }
        return m.group(1);
    }

    private static String strip(String code) {
        return String.join("\n", code.strip().lines().map(String::stripTrailing).toList());
    }
}
