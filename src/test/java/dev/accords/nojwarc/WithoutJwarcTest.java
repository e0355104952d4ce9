package dev.accords.nojwarc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accords.Accords;
import dev.accords.Batch;
import dev.accords.Source;
import dev.accords.warc.WarcSources;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs in the surefire execution {@code without-jwarc}, with jwarc removed from the class path: the
 * parsers and batches must not need it, and the WARC reader must say what is missing.
 */
class WithoutJwarcTest {
    @Test
    void jwarcIsReallyAbsent() {
        assertThatThrownBy(() -> Class.forName("org.netpreserve.jwarc.WarcReader"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void parsingAndBatchesWork() {
        assertThat(Accords.parseText("Ministry A and Company B signed a strategic cooperation agreement.")
                        .agreements())
                .isNotEmpty();
        List<Batch.Result> results = Batch.of(Accords.parser())
                .parse(List.of(Source.html("<p>Company C signed an MoU.</p>", "https://example.org/c")))
                .toList();
        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(r.succeeded()).isTrue());
    }

    @Test
    void readingAWarcNamesTheMissingLibrary() {
        assertThatThrownBy(() -> WarcSources.open(Path.of("crawl.warc.gz")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org.netpreserve:jwarc");
        assertThatThrownBy(() -> WarcSources.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jwarc");
    }
}
