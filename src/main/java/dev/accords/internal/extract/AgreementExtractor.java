package dev.accords.internal.extract;

import dev.accords.internal.lexicon.Lexicon;
import dev.accords.internal.text.Chars;
import dev.accords.model.Agreement;
import dev.accords.model.AgreementKind;
import dev.accords.model.AgreementStatus;
import dev.accords.model.Forum;
import dev.accords.spi.ExtractionContext;
import dev.accords.spi.Extractor;
import dev.accords.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signings: a sentence with a signing verb and an agreement phrase ("signed a strategic cooperation
 * agreement", "inked a deal", "the signing of 25 project contracts", "a special fund … was
 * established") reports an agreement, or — for "the agreement", "the MoU" — refers to one reported
 * before. {@link AgreementParts} reads its parties, value, count, fields, date and forum.
 */
final class AgreementExtractor implements Extractor {
    static final Map<String, String> KINDS = Lexicon.map("agreement-kinds.tsv");
    private static final WordAnchored PHRASE =
            WordAnchored.at("(?i)(?<![\\p{L}-])(?<phrase>", KINDS.keySet(), ")(?![\\p{L}])");
    private static final WordAnchored SIGNED =
            WordAnchored.compile("(?i)\\b(signed|signs|sign|signing|inked|inks|ink|sealed|seals"
                    + "|entered into|enters into|enter into|concluded|concludes|established|set up|launched|formalised|formalized"
                    + "|struck|strikes|clinched|reached|exchanged|penned|initialled|initialed|agreed|inaugurated)\\b");
    private static final WordAnchored ANNOUNCED =
            WordAnchored.compile("(?i)\\b(will|would|shall|plans? to|planning to|expected to"
                    + "|is to|are to|set to|intends? to|aims? to|due to|scheduled to|to)\\s(?:be\\s)?(sign|signing|ink|seal|enter"
                    + "|conclude|establish|set up|launch|formali[sz]e)\\b");
    private static final WordAnchored INVESTS =
            WordAnchored.compile("(?i)\\b(?:will invest|to invest|committed to invest(?:ing)?"
                    + "|will be investing|plans to invest|is investing|invests|pledged to invest|signed for projects worth"
                    + "|has committed to|have committed to)\\b");
    static final Pattern ORDINAL_BEFORE =
            Pattern.compile("(?i)\\b(?:first|second|third|fourth|another|a new|a separate)\\s(?:[\\p{Ll}-]+\\s)?$");
    /** Where a match of {@link #ORDINAL_BEFORE} can start: it is asked only there. */
    static final StartChars ORDINAL_BEFORE_STARTS = new StartChars(StartChars.bothCases("fsta"), false, true);

    private static final List<String> DEFINITE_WORDS =
            List.of("the", "this", "that", "these", "those", "its", "their", "said");
    private static final Set<String> DEFINITE = Sets.copyOf(DEFINITE_WORDS);

    @Override
    public void extract(ExtractionContext ctx) {
        AgreementParts.FACTS.set(AgreementParts.Facts.of(ctx));
        try {
            extractWithFacts(ctx);
        } finally {
            AgreementParts.FACTS.remove();
        }
    }

    private void extractWithFacts(ExtractionContext ctx) {
        for (Agreement a : AgreementParts.merge(drafts(ctx))) {
            if (a.date().isEmpty() && a.forum().isPresent()) {
                // signed at an event: on the event's day
                String forum = a.forum().get();
                Optional<LocalDate> day = Optional.empty();
                for (Forum f : ctx.forums()) {
                    if (f.name().equals(forum)) {
                        day = f.date();
                        break;
                    }
                }
                if (day.isPresent()) {
                    a = Agreement.builder().from(a).date(day).build();
                }
            }
            ctx.addAgreement(a);
        }
    }

    /**
     * @param ctx a parse with the facts before the agreements
     * @return the mentions of agreements in it, in text order, before they are merged
     */
    static List<AgreementParts.Draft> drafts(ExtractionContext ctx) {
        List<Sentence> sentences = ctx.text().sentences();
        List<AgreementParts.Draft> drafts = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            if (PerText.restricted(ctx.text(), si)) {
                continue;
            }
            String text = ctx.text().text();
            boolean found = false;
            Boolean signed = null; // whether the sentence has a signing verb, asked at its first phrase
            for (Matcher m = PHRASE.find(
                            text, s.tokens(), s.span().start(), s.span().end());
                    m != null;
                    m = PHRASE.next(m, text, s.tokens(), s.span().end())) {
                if (followedBySigning(text, m.end())) {
                    continue; // "contract signing": the word describes the signing
                }
                if (signed == null) {
                    signed = SIGNED.find(
                                    text, s.tokens(), s.span().start(), s.span().end())
                            != null;
                }
                if (!signed
                        && ORDINAL_BEFORE_STARTS.find(
                                        ORDINAL_BEFORE, text, Math.max(s.span().start(), m.start() - 20), m.start())
                                == null) {
                    continue; // no signing reported; but "In a second agreement, …" introduces one
                }
                AgreementParts.Draft d = AgreementParts.draft(ctx, sentences, si, m, kind(m.group("phrase")));
                d.status = announced(text, s, m.start()) ? AgreementStatus.ANNOUNCED : AgreementStatus.SIGNED;
                d.definite = isDefinite(text, s.span().start(), m.start());
                drafts.add(d);
                found = true;
                break; // one agreement per sentence
            }
            if (!found) {
                Matcher inv = INVESTS.find(
                        text, s.tokens(), s.span().start(), s.span().end());
                if (inv != null) {
                    AgreementParts.Draft d = AgreementParts.investment(ctx, sentences, si, inv);
                    if (d != null) {
                        drafts.add(d);
                    }
                }
            }
        }
        return drafts;
    }

    static AgreementKind kind(String phrase) {
        String k = KINDS.get(Patterns.replaceAll(phrase.toLowerCase(Locale.ROOT), "\\s+", " "));
        return k == null ? AgreementKind.OTHER : AgreementKind.valueOf(k.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether " signing" or " award" follows, in either case: what lower-casing a copy of the next ten
     * characters told, read in place (no character outside ASCII lower-cases to those letters).
     */
    static boolean followedBySigning(String text, int end) {
        return isWord(text, end, Math.min(text.length(), end + 8), " signing")
                || isWord(text, end, Math.min(text.length(), end + 6), " award");
    }

    /** "will sign", "would be signing", "plan to sign" close before the phrase. */
    private static boolean announced(String text, Sentence s, int phraseStart) {
        return ANNOUNCED.find(text, s.tokens(), Math.max(s.span().start(), phraseStart - 80), phraseStart) != null;
    }

    /**
     * "the agreement", "this MoU", "the 20 MoUs" — a reference, not a new agreement by its wording:
     * of the last three words in the 40 characters before the phrase, the nearest that is a
     * determiner or a count decides. The words are read back from the phrase in place: {@link
     * #isDefiniteByCopy}, which lower-cased and split a copy, says the same.
     */
    static boolean isDefinite(String text, int sentenceStart, int phraseStart) {
        int lo = Math.max(sentenceStart, phraseStart - 40);
        // strip(): the white space at both ends; the words are the runs between \s characters
        int start = Chars.stripStart(text, lo, phraseStart);
        int end = Chars.stripEnd(text, start, phraseStart);
        for (int k = 0; k < 3 && end > start; k++) {
            int b = end;
            while (b > start && !Chars.isRegexSpace(text.charAt(b - 1))) {
                b--;
            }
            if (isDeterminer(text, b, end)) {
                return true;
            }
            if (isWord(text, b, end, "a") || isWord(text, b, end, "an") || isSmallCount(text, b, end)) {
                return false;
            }
            end = b;
            while (end > start && Chars.isRegexSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        return false;
    }

    /** {@code DEFINITE.contains(text.substring(start, end).toLowerCase(Locale.ROOT))}, without the copy. */
    private static boolean isDeterminer(String text, int start, int end) {
        for (String d : DEFINITE_WORDS) {
            if (isWord(text, start, end, d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text[start, end)} lower-cases to an ASCII word: only ASCII letters lower-case
     * to ASCII letters other than "k" (KELVIN SIGN), which none of the words holds.
     */
    private static boolean isWord(String text, int start, int end, String lower) {
        return end - start == lower.length() && Chars.isAsciiWordAt(text, start, lower);
    }

    /** {@link #isSmallCount(String)} of {@code text[start, end)} lower-cased, without the copy. */
    private static boolean isSmallCount(String text, int start, int end) {
        if (end == start) {
            return false;
        }
        boolean digits = true;
        for (int i = start; i < end && digits; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        return digits
                || isWord(text, start, end, "two")
                || isWord(text, start, end, "three")
                || isWord(text, start, end, "four")
                || isWord(text, start, end, "five");
    }

    /** What {@link #isDefinite} stands for: the copy lower-cased, stripped and split (for tests). */
    static boolean isDefiniteByCopy(String text, int sentenceStart, int phraseStart) {
        String before = text.substring(Math.max(sentenceStart, phraseStart - 40), phraseStart)
                .toLowerCase(Locale.ROOT)
                .strip();
        String[] words = Patterns.split("\\s+", before);
        for (int i = words.length - 1; i >= 0 && i >= words.length - 3; i--) {
            if (DEFINITE.contains(words[i])) {
                return true;
            }
            if (words[i].equals("a") || words[i].equals("an") || isSmallCount(words[i])) {
                return false;
            }
        }
        return false;
    }

    /** {@code matches("\d+|two|three|four|five")}, without a matcher for each word. */
    static boolean isSmallCount(String w) {
        if (w.isEmpty()) {
            return false;
        }
        boolean digits = true;
        for (int i = 0; i < w.length() && digits; i++) {
            digits = w.charAt(i) >= '0' && w.charAt(i) <= '9';
        }
        return digits || w.equals("two") || w.equals("three") || w.equals("four") || w.equals("five");
    }

    @Override
    public String name() {
        return "builtin.agreements";
    }
}
