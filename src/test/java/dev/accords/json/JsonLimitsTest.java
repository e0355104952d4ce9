package dev.accords.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.model.Announcement;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers at the edges of what JSON reading accepts: the fuzzing findings of JsonFuzzTest. */
class JsonLimitsTest {
    private static String withValue(String value) {
        return "{\"amounts\":[{\"text\":\"x\",\"value\":" + value + ",\"currency\":\"USD\",\"qualifier\":\"exact\"}]}";
    }

    /** An exponent beyond any int made Jackson throw NumberFormatException instead of an IOException. */
    @Test
    void anExponentTooLargeIsAnIoException() {
        assertThatThrownBy(() -> AccordsJson.read("{\"id\": 55555551e10000000000555}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("malformed number");
        assertThatThrownBy(() -> AccordsJson.read(withValue("1e10000000000"))).isInstanceOf(IOException.class);
    }

    /** A value read in short form ("800001e999") is written out in full; that JSON must read back. */
    @Test
    void everyValueReadIsWrittenSoThatItReadsBack() throws IOException {
        for (String v :
                new String[] {"800001e999", "1e1000", "0." + "0".repeat(999) + "1", "9".repeat(1000) + "e1000"}) {
            Announcement a = AccordsJson.read(withValue(v));
            assertThat(a.amounts().get(0).value()).isEqualByComparingTo(new BigDecimal(v));
            assertThat(AccordsJson.read(AccordsJson.write(a))).isEqualTo(a);
        }
    }

    @Test
    void valuesBeyondTheLimitsAreRefused() {
        assertThatThrownBy(() -> AccordsJson.read(withValue("1e1001")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> AccordsJson.read(withValue("1".repeat(2_200)))).isInstanceOf(IOException.class);
    }
}
