package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DocumentExtractor}: the dateline's date and place. */
class DocumentExtractorTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            BEIJING, Dec. 4, 2023 /PRNewswire/ -- The forum opened. => 2023-12-04
            Release time:2023-12-28 Article source: => 2023-12-28
            Posted on March 3rd, 2024 => 2024-03-03
            Monday, 4 December 2023 => 2023-12-04
            Published: Monday, 4 December 2023 10:35 => 2023-12-04
            JOHANNESBURG, Tuesday 5 March 2024 - Eskom signed. => 2024-03-05
            Last updated: 09:32, December 04, 2023 => 2023-12-04
            Source: Xinhua| 2023-12-04 10:29:15|Editor: huaxia => 2023-12-04
            By Jane Doe | November 28, 2023 => 2023-11-28
            Posted: 25/03/2023 => 2023-03-25
            Nairobi, Kenya, 14 March 2024 -- Kenya signed a loan. => 2024-03-14
            Posted: 12/03/2023 => -
            On Monday, 4 December 2023, the forum opened. => -
            Nairobi, Kenya, 14 March 2024 was the day the loan was signed. => -
            The mandate 26 November 2023 was agreed. => -
            The summit runs June 15-17, 2023. => -
            [India] May 7 (ANI): The Odisha Government signed an MoU. => -
            """)
    void datelineDate(String text, String expected) {
        assertThat(String.valueOf(DocumentExtractor.dateline(text)))
                .isEqualTo(expected.equals("-") ? "null" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BEIJING, Dec. 4, 2023 /PRNewswire/ -- The forum opened.                  | BEIJING
            NAIROBI, Kenya, 14 March 2024 -- Kenya and the bank signed a loan.       | NAIROBI, Kenya
            SYDNEY (Reuters) - The company raised money for the new plant.           | SYDNEY
            HONG KONG - The government set aside money for the labs in the park.     | HONG KONG
            TORONTO, ON /CNW/ - The province announced money for transit lines.      | TORONTO, ON
            Release time:2023-12-28 Article source: Reading times: Text size:        | -
            The University of Melbourne signed an agreement with Birmingham.         | -
            """)
    void datelinePlace(String text, String expected) {
        assertThat(String.valueOf(DocumentExtractor.datelinePlace(text)))
                .isEqualTo(expected.equals("-") ? "null" : expected);
    }
}
