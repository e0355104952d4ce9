package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.model.Role;
import dev.accords.model.Span;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People with their titles: "Name, Title of Organisation" and "[Organisation] Title Name". The
 * organisation of a role is taken from the organisations found in the text.
 */
final class PersonExtractor implements Extractor {
    private static final String TITLE = Patterns.alternation(Lexicon.lines("titles.txt"));
    private static final String NAME_WORD = "[\\p{Lu}][\\p{Ll}'-]+(?:-[\\p{Ll}]+)?";
    private static final String NAME = "(?<name>" + NAME_WORD + "(?:\\s" + NAME_WORD + "){1,3})";
    private static final Pattern NAME_THEN_TITLE = Pattern.compile(
            NAME + ",\\s(?:a\\s|an\\s|the\\s)?(?<title>(?i:" + TITLE + "))\\b(?:\\s(?:of|at)\\s(?:the\\s)?)?");
    private static final Pattern TITLE_THEN_NAME =
            Pattern.compile("(?<title>(?i:" + TITLE + "))\\s" + NAME + "\\b(?!\\s[\\p{Lu}])");
    private static final Set<String> NOT_NAME_WORDS = notNameWords();

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        List<Organisation> orgs = ctx.organisations();
        Map<String, Person.Builder> people = new LinkedHashMap<>();
        for (Sentence s : ctx.text().sentences()) {
            Matcher m = NAME_THEN_TITLE
                    .matcher(text)
                    .region(s.span().start(), s.span().end());
            while (m.find()) {
                String org = orgStartingAt(orgs, m.end());
                add(ctx, people, m, org);
            }
            m = TITLE_THEN_NAME.matcher(text).region(s.span().start(), s.span().end());
            while (m.find()) {
                String org = orgEndingBefore(orgs, text, m.start());
                add(ctx, people, m, org);
            }
        }
        people.values().forEach(b -> ctx.addPerson(b.build()));
    }

    private static void add(ExtractionContext ctx, Map<String, Person.Builder> people, Matcher m, String org) {
        String name = ctx.text().original().substring(m.start("name"), m.end("name"));
        for (String w : name.split("\\s+")) {
            if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        String title = ctx.text().original().substring(m.start("title"), m.end("title"));
        Person.Builder b = people.computeIfAbsent(name, n -> Person.builder().name(n));
        Role role = Role.of(title, org);
        if (!b.build().roles().contains(role)) {
            b.addRole(role);
        }
        b.addSpan(Span.of(m.start("name"), m.end("name")));
    }

    private static String orgStartingAt(List<Organisation> orgs, int offset) {
        for (Organisation o : orgs) {
            for (Span s : o.spans()) {
                if (s.start() == offset) {
                    return o.name();
                }
            }
        }
        return null;
    }

    private static String orgEndingBefore(List<Organisation> orgs, String text, int offset) {
        for (Organisation o : orgs) {
            for (Span s : o.spans()) {
                if (s.end() <= offset && text.substring(s.end(), offset).isBlank()) {
                    return o.name();
                }
            }
        }
        return null;
    }

    private static Set<String> notNameWords() {
        Set<String> out = new java.util.HashSet<>(OrgLexicon.HEADS.keySet());
        out.addAll(Lexicon.lowerSet("sentence-openers.txt"));
        out.addAll(Lexicon.map("months.tsv").keySet());
        for (String t : Lexicon.lines("titles.txt")) {
            for (String w : t.split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        out.addAll(Lexicon.lowerSet("english-function-words.txt"));
        return Set.copyOf(out);
    }

    @Override
    public String name() {
        return "builtin.people";
    }
}
