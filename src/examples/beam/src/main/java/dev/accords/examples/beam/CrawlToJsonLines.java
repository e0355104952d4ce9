package dev.accords.examples.beam;

import dev.accords.AnnouncementParser;
import dev.accords.Source;
import dev.accords.json.AccordsJson;
import dev.accords.model.Announcement;
import dev.accords.warc.WarcSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;

/**
 * Reads the WARC files of a crawl, parses every HTML page into an announcement, and writes them as
 * JSON Lines: {@code --input} (a file pattern, one element per WARC file) → {@code --output} (a
 * file prefix; shards named {@code prefix-00000-of-0000N.jsonl}).
 */
public final class CrawlToJsonLines {
    private CrawlToJsonLines() {}

    /** Command-line options. */
    public interface Options extends PipelineOptions {
        @Description("WARC files to read, a file pattern such as /data/crawl/*.warc.gz")
        @Validation.Required
        String getInput();

        void setInput(String value);

        @Description("Output prefix; shards are written as PREFIX-SSSSS-of-NNNNN.jsonl")
        @Validation.Required
        String getOutput();

        void setOutput(String value);
    }

    /**
     * One parser per worker JVM: an {@link AnnouncementParser} is immutable and thread-safe, so every
     * DoFn instance and thread on the worker shares it. It is not serializable and need not be: it is
     * built where it runs, on first use (lexicons load once, about half a second), never shipped.
     */
    static final class Parsers {
        static final AnnouncementParser PARSER =
                AnnouncementParser.builder().includeEvidence(false).build();

        private Parsers() {}
    }

    /** A WARC file in, one JSON line per HTML page out. */
    static final class ParseWarc extends DoFn<FileIO.ReadableFile, String> {
        private static final long serialVersionUID = 1L;

        private final Counter pages = Metrics.counter(ParseWarc.class, "pages");
        private final Counter skipped = Metrics.counter(ParseWarc.class, "skippedRecords");
        private final Counter failed = Metrics.counter(ParseWarc.class, "failedPages");

        /** Not serialized with the DoFn: set on the worker in {@link #setup()}. */
        private transient AnnouncementParser parser;

        @Setup
        public void setup() {
            parser = Parsers.PARSER;
        }

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, OutputReceiver<String> out) throws IOException {
            try (InputStream in = Channels.newInputStream(file.open());
                    WarcSources warc = WarcSources.read(in)) {
                for (Source page : warc) {
                    try {
                        Announcement a = parser.parse(page);
                        out.output(AccordsJson.write(a));
                        pages.inc();
                    } catch (IOException | RuntimeException e) {
                        // one bad page is counted and the others go on
                        failed.inc();
                    }
                }
                skipped.inc(warc.skipped());
            }
        }
    }

    /**
     * @param args pipeline options, {@code --input=… --output=…} (and {@code --runner=…} for a cluster)
     */
    public static void main(String[] args) {
        Options options =
                PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        Pipeline p = Pipeline.create(options);
        p.apply("Find WARC files", FileIO.match().filepattern(options.getInput()))
                // jwarc reads .warc.gz itself, record by record
                .apply(FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
                .apply("Parse pages", ParDo.of(new ParseWarc()))
                .apply("Write JSON Lines", TextIO.write().to(options.getOutput()).withSuffix(".jsonl"));
        long start = System.nanoTime();
        PipelineResult result = p.run();
        result.waitUntilFinish();
        System.out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        for (MetricResult<Long> c : result.metrics()
                .queryMetrics(MetricsFilter.builder()
                        .addNameFilter(MetricNameFilter.inNamespace(ParseWarc.class))
                        .build())
                .getCounters()) {
            System.out.println(c.getName().getName() + ": " + c.getAttempted());
        }
    }
}
