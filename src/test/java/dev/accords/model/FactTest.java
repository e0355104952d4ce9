package dev.accords.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom facts on the model: keys, typed access, and the one-type-per-name rule. */
class FactTest {
    record Drug(String name) {}

    static final FactKey<Drug> DRUG = FactKey.of("com.example.drug", Drug.class);
    static final FactKey<String> TICKER = FactKey.of("com.example.ticker", String.class);

    @Test
    void keyNamesAreNamespaced() {
        for (String ok : List.of("com.example.drug", "org.acme.v2.tender_no", "a.b", "x-y.z")) {
            assertThat(FactKey.of(ok, String.class).name()).isEqualTo(ok);
        }
        for (String bad : List.of("drug", "", " ", "com..drug", ".com.drug", "com.drug.", "com.ex ample", "com/drug")) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> FactKey.of(bad, String.class))
                    .withMessageContaining("namespaced");
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FactKey.of("com.example.count", int.class))
                .withMessageContaining("primitive");
        assertThatNullPointerException().isThrownBy(() -> FactKey.of(null, String.class));
        assertThatNullPointerException().isThrownBy(() -> FactKey.of("com.example.x", null));
    }

    @Test
    void keysAreEqualByName() {
        assertThat(FactKey.of("com.example.drug", Object.class))
                .isEqualTo(DRUG)
                .hasSameHashCodeAs(DRUG)
                .isNotEqualTo(TICKER);
        assertThat(DRUG.type()).isEqualTo(Drug.class);
        assertThat(DRUG).hasToString("com.example.drug (" + Drug.class.getName() + ")");
    }

    @Test
    void aFactChecksItsValue() {
        assertThat(Fact.of(DRUG, new Drug("aspirin")).value()).isEqualTo(new Drug("aspirin"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        FactKey<Object> raw = (FactKey) DRUG;
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fact.of(raw, "aspirin"))
                .withMessageContaining("com.example.drug")
                .withMessageContaining("java.lang.String")
                .withMessageContaining(Drug.class.getName());
        assertThatNullPointerException().isThrownBy(() -> Fact.of(DRUG, null)).withMessageContaining("drug");
    }

    @Test
    void anAnnouncementReturnsTheFactsOfOneKeyTyped() {
        Announcement a = Announcement.builder()
                .addFact(DRUG, new Drug("aspirin"))
                .addFact(TICKER, "NVO")
                .addFact(Fact.of(DRUG, new Drug("semaglutide")))
                .build();
        List<Drug> drugs = a.facts(DRUG);
        assertThat(drugs).containsExactly(new Drug("aspirin"), new Drug("semaglutide"));
        assertThat(a.facts(TICKER)).containsExactly("NVO");
        assertThat(a.facts(FactKey.of("com.example.other", String.class))).isEmpty();
        assertThat(a.facts()).hasSize(3);
        assertThat(a.isEmpty()).as("custom facts are facts").isFalse();
        assertThat(Announcement.builder().build().isEmpty()).isTrue();
        // a key of the same name and a super type reads them too
        assertThat(a.facts(FactKey.of("com.example.drug", Record.class))).hasSize(2);
        // another type: a clear error, not a ClassCastException later
        assertThatIllegalArgumentException()
                .isThrownBy(() -> a.facts(FactKey.of("com.example.ticker", Integer.class)))
                .withMessageContaining("com.example.ticker")
                .withMessageContaining("java.lang.Integer");
        assertThat(drugs).isUnmodifiable();
    }

    @Test
    void oneNameHasOneType() {
        FactKey<String> drugAsText = FactKey.of("com.example.drug", String.class);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Announcement.builder()
                        .addFact(DRUG, new Drug("aspirin"))
                        .addFact(drugAsText, "aspirin")
                        .build())
                .withMessageContaining("Announcement.facts")
                .withMessageContaining("com.example.drug")
                .withMessageContaining("two types");
    }

    @Test
    void factsArePartOfEquality() {
        Announcement plain = Announcement.builder().title("T").build();
        Announcement withDrug = Announcement.builder()
                .from(plain)
                .addFact(DRUG, new Drug("aspirin"))
                .build();
        assertThat(withDrug).isNotEqualTo(plain);
        assertThat(withDrug)
                .isEqualTo(Announcement.builder()
                        .title("T")
                        .addFact(DRUG, new Drug("aspirin"))
                        .build());
    }
}
