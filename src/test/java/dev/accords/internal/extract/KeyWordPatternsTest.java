package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.Accords;
import dev.accords.model.Announcement;
import dev.accords.model.Organisation;
import dev.accords.model.OrganisationKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Patterns that are asked only when their key words stand in the sentence (the owner before a name,
 * lower-case hospital heads, attendance nouns): they still find what they are for.
 */
class KeyWordPatternsTest {
    @Test
    void anOwnerBeforeANameIsItsParent() {
        Announcement a = Accords.parseText(
                "BEIJING, March 5, 2024 -- Sinopec's wholly-owned subsidiary Sinopec Engineering Group signed a"
                        + " contract with Sonatrach. PowerChina's unit Hydrochina Corporation signed a deal too.");

        assertThat(named(a, "Sinopec Engineering Group").flatMap(Organisation::parent))
                .contains("Sinopec");
        assertThat(named(a, "Hydrochina Corporation").flatMap(Organisation::parent))
                .contains("PowerChina");
    }

    @Test
    void everyHospitalHeadIsFound() {
        Announcement a = Accords.parseText("The bank signed loans with the Sint-Lucas general hospital, the Aga Khan"
                + " clinic, the Mater Dei medical centre and the Sheba medical center.");

        for (String name : new String[] {
            "Sint-Lucas general hospital", "Aga Khan clinic", "Mater Dei medical centre", "Sheba medical center"
        }) {
            assertThat(named(a, name))
                    .as(name)
                    .hasValueSatisfying(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.HEALTHCARE));
        }
    }

    @Test
    void attendanceIsReadWhereAnAttendeeWordStands() {
        Announcement a = Accords.parseText(
                "The 5th China-Africa Economic and Trade Expo was held in Changsha on June 27, 2025. More than"
                        + " 8,000 guests attended the expo.");

        assertThat(a.forums())
                .singleElement()
                .satisfies(f -> assertThat(f.attendance())
                        .hasValueSatisfying(q -> assertThat(q.value()).isEqualTo(8000)));
    }

    private static Optional<Organisation> named(Announcement a, String name) {
        return a.organisations().stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
