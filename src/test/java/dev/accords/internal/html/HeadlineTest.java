package dev.accords.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {
    @Test
    void theShorterWhenOneContainsTheOther() {
        assertThat(GenericArticleReader.headline(
                        "Mining blasts shatter homes - Lesotho Times", "Mining blasts shatter homes", null, null))
                .isEqualTo("Mining blasts shatter homes");
        assertThat(GenericArticleReader.headline(
                        "Infant Abandonment Cases In India: Newborns left in dustbins, buses, forests",
                        "Newborns left in dustbins, buses, forests",
                        null,
                        null))
                .isEqualTo("Newborns left in dustbins, buses, forests");
    }

    @Test
    void theSocialTitleWhenTheyNearlyAgreeAndTheH1WhenTheyDiffer() {
        assertThat(GenericArticleReader.headline(
                        "Tony Blair: Why there has to be compromise in Ukraine",
                        "Tony Blair: Why there has to be compromise to end the Ukraine war",
                        null,
                        null))
                .isEqualTo("Tony Blair: Why there has to be compromise in Ukraine");
        assertThat(GenericArticleReader.headline(
                        "Palestinians say his appointment could ruin ceasefire talks",
                        "What's next for Gaza, after Yahya Sinwar's appointment as Hamas political head?",
                        null,
                        null))
                .isEqualTo("What's next for Gaza, after Yahya Sinwar's appointment as Hamas political head?");
    }

    @Test
    void aTrailingSiteNameOrBylineGoes() {
        assertThat(GenericArticleReader.headline(
                        "How RPA vendors aim to remain relevant in a world of AI agents | TechCrunch",
                        null,
                        null,
                        "TechCrunch"))
                .isEqualTo("How RPA vendors aim to remain relevant in a world of AI agents");
        assertThat(GenericArticleReader.headline(
                        "Zelensky Is Now Considering Firing Top General Syrsky * The Gateway Pundit * by Paul Serran",
                        null,
                        null,
                        "The Gateway Pundit"))
                .isEqualTo("Zelensky Is Now Considering Firing Top General Syrsky");
        assertThat(GenericArticleReader.headline(
                        "Your $1 bill could be worth up THOUSANDS - here's how to check", null, null, "Daily Mail"))
                .isEqualTo("Your $1 bill could be worth up THOUSANDS - here's how to check");
    }
}
