package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.model.Agreement;
import dev.accords.model.AgreementKind;
import dev.accords.model.AgreementStatus;
import dev.accords.model.Amount;
import dev.accords.model.Forum;
import dev.accords.model.Organisation;
import dev.accords.model.Span;
import dev.accords.spi.DateMention;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signings: a sentence with a signing verb and an agreement phrase ("signed a strategic cooperation
 * agreement", "inked a deal", "will be signing a Memorandum of Understanding") gives one agreement,
 * with the organisations, date and amount of that sentence and a count written before the phrase.
 */
final class AgreementExtractor implements Extractor {
    private static final Map<String, String> KINDS = Lexicon.map("agreement-kinds.tsv");
    private static final Pattern PHRASE =
            Pattern.compile("(?i)(?:(?<count>\\d{1,5})\\s(?:[\\p{L}-]+\\s)??)?(?<![\\p{L}])(?<phrase>"
                    + Patterns.alternation(KINDS.keySet()) + ")(?![\\p{L}])");
    private static final Pattern SIGNED = Pattern.compile(
            "(?i)\\b(signed|signs|sign|signing|inked|inks|sealed|seals|entered into|enters into|concluded|established"
                    + "|set up|launched|formalised|formalized|struck)\\b");
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(?i)\\b(will|would|shall|plans? to|planning to|expected to|is to|are to|set to|intends? to|aims? to)\\s(be\\s)?(sign|signing|ink|seal|enter|conclude|establish)");

    @Override
    public void extract(ExtractionContext ctx) {
        String text = ctx.text().text();
        List<Agreement> out = new ArrayList<>();
        for (Sentence s : ctx.text().sentences()) {
            Matcher verb =
                    SIGNED.matcher(text).region(s.span().start(), s.span().end());
            if (!verb.find()) {
                continue;
            }
            Matcher m = PHRASE.matcher(text).region(s.span().start(), s.span().end());
            if (!m.find()) {
                continue;
            }
            String phrase = m.group("phrase");
            AgreementKind kind = AgreementKind.valueOf(
                    KINDS.get(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                            .toUpperCase(Locale.ROOT));
            Agreement.Builder b = Agreement.builder()
                    .kind(kind)
                    .title(ctx.text().original().substring(m.start("phrase"), m.end("phrase")))
                    .status(ANNOUNCED.matcher(s.text()).find() ? AgreementStatus.ANNOUNCED : AgreementStatus.SIGNED)
                    .addSpan(s.span());
            if (m.group("count") != null) {
                int count = Integer.parseInt(m.group("count"));
                if (count >= 1) {
                    b.count(count);
                }
            }
            for (Organisation o : ctx.organisations()) {
                if (mentioned(o, s.span(), text)) {
                    b.addParty(o.name());
                }
            }
            DateMention closest = null;
            for (DateMention d : ctx.dates()) {
                if (s.span().contains(d.span())
                        && (closest == null
                                || Math.abs(d.span().start() - m.start())
                                        < Math.abs(closest.span().start() - m.start()))) {
                    closest = d;
                }
            }
            if (closest != null) {
                b.date(closest.date());
            }
            for (Amount a : ctx.amounts()) {
                if (a.spans().stream().anyMatch(sp -> s.span().contains(sp))) {
                    b.value(a);
                    break;
                }
            }
            for (Forum f : ctx.forums()) {
                if (f.spans().stream().anyMatch(sp -> s.span().contains(sp))) {
                    b.forum(f.name());
                    break;
                }
            }
            if (ctx.forums().size() == 1 && b.build().forum().isEmpty()) {
                // an announcement about one event: what is signed after it is introduced was signed there
                Forum only = ctx.forums().get(0);
                if (!only.spans().isEmpty()
                        && only.spans().get(0).start() <= s.span().start()) {
                    b.forum(only.name());
                }
            }
            Agreement partial = b.build();
            if (partial.date().isEmpty() && partial.forum().isPresent()) {
                ctx.forums().stream()
                        .filter(f -> f.name().equals(partial.forum().get()))
                        .findFirst()
                        .flatMap(Forum::date)
                        .ifPresent(b::date);
            }
            out.add(b.build());
        }
        out.forEach(ctx::addAgreement);
    }

    private static boolean mentioned(Organisation o, Span sentence, String text) {
        for (Span sp : o.spans()) {
            if (sentence.contains(sp)) {
                return true;
            }
        }
        String s = sentence.of(text);
        for (String alias : o.aliases()) {
            if (Pattern.compile("\\b" + Pattern.quote(alias) + "\\b").matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "builtin.agreements";
    }
}
