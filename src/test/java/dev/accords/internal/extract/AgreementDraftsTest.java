package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.AnnouncementParser;
import dev.accords.corpus.CorpusTexts;
import dev.accords.model.Agreement;
import dev.accords.spi.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a mention that are read when the merge first asks for them give what reading them at once gave. */
class AgreementDraftsTest {
    private static final List<String> MORE = List.of(
            "The Ministry of Finance signed a memorandum of understanding with the World Bank on Monday.",
            "On 3 May 2024, A Corp and B Ltd signed an agreement at the Future Forum. The agreement covers"
                    + " energy, water and transport. The agreement was signed on 4 May 2024 in the fields of"
                    + " health and education.",
            "The MoU was signed. A Corp and B Ltd signed a deal in the areas of trade. These agreements"
                    + " cover mining. The deal, signed at the Summit, spans ports and roads.",
            "X Group will invest 2 billion euros in Spain. X Group will invest 2 billion euros in the"
                    + " fields of solar power and wind farms.",
            "Two firms met in Paris.\n\nSiemens AG and Alstom SA signed an agreement in Paris. The agreement"
                    + " was signed on 4 May 2024 at the Future Forum in the fields of health and education.",
            "");

    @Test
    void mergingDraftsReadLaterGivesWhatDraftsReadAtOnceGave() {
        List<String> texts = new ArrayList<>(CorpusTexts.all());
        texts.addAll(MORE);
        List<String> seen = new ArrayList<>();
        AnnouncementParser parser = AnnouncementParser.builder()
                .extractor(Phase.AGREEMENTS, ctx -> {
                    List<AgreementParts.Draft> later = AgreementExtractor.drafts(ctx);
                    List<AgreementParts.Draft> atOnce = AgreementExtractor.drafts(ctx);
                    for (AgreementParts.Draft d : atOnce) {
                        d.date(); // as the drafts were made before: every part read with the mention
                        d.forum();
                        d.fields();
                    }
                    List<Agreement> expected = AgreementParts.merge(atOnce);
                    assertThat(AgreementParts.merge(later)).isEqualTo(expected);
                    expected.forEach(a -> seen.add(a.toString()));
                })
                .build();
        for (String t : texts) {
            parser.parseText(t);
        }
        assertThat(seen).anyMatch(a -> a.contains("fields=[energy"));
        assertThat(String.join("\n", seen)).contains("forum=", "date=", "date=2024-05-04");
    }
}
