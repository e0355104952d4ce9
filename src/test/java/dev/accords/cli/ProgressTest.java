package dev.accords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1000 * SECOND);
    private final StringWriter err = new StringWriter();

    @Test
    void knownTotalGivesShareAndEtaFromDocuments() {
        Progress p = new Progress(new PrintWriter(err), clock::get, 1000, 0);
        for (int i = 0; i < 250; i++) {
            p.document(100, i % 100 != 0);
        }
        clock.addAndGet(50 * SECOND);

        assertThat(p.line(clock.get()))
                .isEqualTo("accords: 250 of 1,000 documents (3 failed), 5.0/s, 25%, ETA 0:02:30");
    }

    @Test
    void unknownTotalGivesEtaFromInputBytes() {
        Progress p = new Progress(new PrintWriter(err), clock::get, -1, 4000);
        for (int i = 0; i < 10; i++) {
            p.document(100, true);
        }
        clock.addAndGet(10 * SECOND);

        assertThat(p.line(clock.get())).isEqualTo("accords: 10 documents, 1.0/s, 25%, ETA 0:00:30");
    }

    @Test
    void theLineIsRedrawnAtMostTwiceASecondAndClearedForMessages() {
        Progress p = new Progress(new PrintWriter(err), clock::get, 3, 0);
        p.document(1, true);
        assertThat(err.toString()).as("too soon").isEmpty();
        clock.addAndGet(SECOND);
        p.document(1, true);
        assertThat(err.toString()).isEqualTo("\raccords: 2 of 3 documents, 2.0/s, 66%, ETA 0:00:01");
        int drawn = err.toString().length() - 1;

        p.clear();
        assertThat(err.toString()).endsWith("\r" + " ".repeat(drawn) + "\r");

        p.document(1, true);
        p.finish();
        assertThat(err.toString()).endsWith("\raccords: 3 documents in 0:00:01, 3.0/s\n");
    }

    @Test
    void oneDocumentIsOneDocument() {
        Progress p = new Progress(new PrintWriter(err), clock::get, 1, 0);
        clock.addAndGet(SECOND);
        p.document(1, true);

        assertThat(p.line(clock.get())).startsWith("accords: 1 of 1 document, ");
        assertThat(p.summary(clock.get())).startsWith("accords: 1 document in 0:00:01");
        assertThat(new Progress(new PrintWriter(err), clock::get, -1, 0).line(clock.get()))
                .startsWith("accords: 0 documents, ");
    }

    @Test
    void offPrintsNothing() {
        Progress.OFF.document(10, false);
        Progress.OFF.clear();
        Progress.OFF.finish();
        assertThat(Progress.duration(3725.4)).isEqualTo("1:02:05");
    }
}
