package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.Accords;
import dev.accords.model.Announcement;
import dev.accords.model.Organisation;
import dev.accords.model.Person;
import dev.accords.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Later mentions of people, organisations and events are evidence of the same fact. */
class MentionEvidenceTest {
    @Test
    void aSurnameWithAReportingVerbIsTheSamePerson() {
        String text = "Sinosure General Manager Zheng Zhongping recognized the results. Zheng said the market is"
                + " strong. Zheng made three suggestions. Li Zheng Wei attended.";
        Announcement a = Accords.parseText(text);
        Person zheng = a.people().stream()
                .filter(p -> p.name().equals("Zheng Zhongping"))
                .findFirst()
                .orElseThrow();
        List<String> mentions = zheng.spans().stream().map(s -> s.of(text)).toList();
        assertThat(mentions).containsExactly("Zheng Zhongping", "Zheng", "Zheng");
        assertThat(a.people()).extracting(Person::name).doesNotContain("Zheng");
    }

    @Test
    void everyMentionOfAnOrganisationAndItsAliasesIsEvidence() {
        String text = "China CAMC Engineering Co., Ltd. (CAMCE) signed the contract. CAMCE will build the hospital,"
                + " and the CAMCE Board Office will oversee it.";
        Announcement a = Accords.parseText(text);
        Organisation camce = a.organisation("CAMCE").orElseThrow();
        assertThat(camce.spans())
                .extracting(s -> s.of(text))
                .containsExactly("China CAMC Engineering Co., Ltd.", "CAMCE", "CAMCE");
        assertThat(camce.spans()).doesNotContain(Span.of(text.indexOf("CAMCE Board"), text.indexOf("CAMCE Board") + 5));
        assertThat(a.organisation("CAMCE Board Office").orElseThrow().parent()).contains(camce.name());
    }

    @Test
    void referencesToAnEventAreEvidenceOfIt() {
        String text = "On 26 November, the 3rd International Medical Innovation and Cooperation Forum was held in"
                + " Fangchenggang. The forum brought together over 400 attendees.";
        Announcement a = Accords.parseText(text);
        assertThat(a.forums()).singleElement().satisfies(f -> {
            assertThat(f.spans()).extracting(s -> s.of(text)).contains("forum");
            assertThat(f.attendance()).isPresent();
        });
    }
}
