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
    void theMetadataTitleWhenItAndTheH1Differ() {
        assertThat(GenericArticleReader.headline(
                        "Tony Blair: Why there has to be compromise in Ukraine",
                        "Tony Blair: Why there has to be compromise to end the Ukraine war",
                        null,
                        null))
                .isEqualTo("Tony Blair: Why there has to be compromise in Ukraine");
        assertThat(GenericArticleReader.headline(
                        "Ministers sign $2bn grid pact", "Business Desk", "Ministers sign $2bn grid pact", null))
                .isEqualTo("Ministers sign $2bn grid pact");
    }

    @Test
    void withoutMetadataTheTitleUnlessTheH1IsItsHeadline() {
        // a section or logo <h1> does not beat the <title>
        assertThat(GenericArticleReader.headline(
                        null, "Allergies Health Center", "Babies Who Eat Peanuts Early May Avoid Allergy", null))
                .isEqualTo("Babies Who Eat Peanuts Early May Avoid Allergy");
        // the <h1> is the <title> without the section and site: old CMS titles joined with "_"
        assertThat(GenericArticleReader.headline(null, "中哈签署产能合作协议 总额超过230亿美元", "中哈签署产能合作协议 总额超过230亿美元_国际_新华网", null))
                .isEqualTo("中哈签署产能合作协议 总额超过230亿美元");
        // a <title> that is only a site name gives way to the <h1>
        assertThat(GenericArticleReader.headline(
                        null, "Kenya and Ethiopia sign power trade deal", "Home - Daily Nation", null))
                .isEqualTo("Kenya and Ethiopia sign power trade deal");
        // only a <title>: its trailing site name goes, but a colon is part of the headline
        assertThat(GenericArticleReader.headline(null, null, "Egypt, UAE sign MoU on green hydrogen - Xinhua", null))
                .isEqualTo("Egypt, UAE sign MoU on green hydrogen");
        assertThat(GenericArticleReader.headline(
                        null, null, "Forum in Baku: ministers agree on transport corridor", null))
                .isEqualTo("Forum in Baku: ministers agree on transport corridor");
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
