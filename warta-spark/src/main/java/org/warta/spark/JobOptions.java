package org.warta.spark;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.read.Limits;

/**
 * The job's command line. Hand-parsed (a handful of options) so the job jar needs nothing beyond the extractor.
 *
 * @param inputs    files, folders or globs, on any Hadoop file system
 * @param pathLists files listing one input path a line (CC-NEWS's {@code warc.paths.gz}), relative to prefix
 */
public record JobOptions(List<String> inputs, List<String> pathLists, String prefix, String output,
                         InputFormat format, Limits limits, String master, boolean overwrite, boolean help) {
    public static final String USAGE = """
            Usage: WartaSparkJob [options] --output DIR INPUT...

            Runs Warta's extractor over WARC / WARC.gz files (HTML response records, as CC-NEWS stores them)
            and JSON Lines ({"id", "text" or "html", "url", "published", "language"} a line, .jsonl or
            .jsonl.gz), one task per input file, and writes the store's tables as Parquet under DIR:
            articles, entities, mentions, quantities, quotes, claims, claim_responses, events; plus
            failures (items that gave no article, with the reason) and summary.json (also printed).
            Exact duplicates (same language, title and clean text) are kept once across the whole run.

              INPUT...              files, folders (read recursively) or globs; local paths or any Hadoop
                                    file system URI (hdfs://, s3a://)
              -o, --output DIR      where to write the tables (required)
              --format FORMAT       auto (by the file name: .warc, .warc.gz, .jsonl, .jsonl.gz), warc or jsonl
              --paths FILE          also read the input paths listed in FILE (one a line, .gz allowed),
                                    like CC-NEWS's warc.paths.gz; each is prefixed with --prefix
              --prefix URI          put before every path from --paths (e.g. s3a://commoncrawl/)
              --max-bytes N         the most bytes one article may have once decoded (default 67108864)
              --master URL          the Spark master when not started by spark-submit (default local[*])
              --overwrite           replace DIR's tables if they exist (default: refuse)
              -h, --help            this text

            Examples:
              spark-submit --master local[2] --class org.warta.spark.WartaSparkJob \\
                warta-spark/target/warta-spark.jar -o out/ news/*.warc.gz
              java -cp "$(cat warta-spark/target/classpath.txt)" org.warta.spark.WartaSparkJob \\
                --master local[2] -o out/ articles.jsonl
            """;

    /** Parses the arguments; a mistake throws {@link IllegalArgumentException} saying what to write instead. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        String prefix = "";
        String output = null;
        InputFormat format = InputFormat.AUTO;
        Limits limits = Limits.DEFAULT;
        String master = null;
        boolean overwrite = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> help = true;
                case "-o", "--output" -> output = value(args, ++i, a);
                case "--format" -> format = InputFormat.parse(value(args, ++i, a));
                case "--paths" -> lists.add(value(args, ++i, a));
                case "--prefix" -> prefix = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                case "--max-bytes" -> limits = new Limits(number(value(args, ++i, a)));
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new IllegalArgumentException("Unknown option '" + a + "'; see --help.");
                    }
                    inputs.add(a);
                }
            }
        }
        if (!help && output == null) {
            throw new IllegalArgumentException("No output folder; give --output DIR.");
        }
        if (!help && inputs.isEmpty() && lists.isEmpty()) {
            throw new IllegalArgumentException("No input; give WARC or JSON Lines files, folders or --paths FILE.");
        }
        return new JobOptions(List.copyOf(inputs), List.copyOf(lists), prefix, output, format, limits, master,
                overwrite, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("The option '" + option + "' needs a value; see --help.");
        }
        return args[i];
    }

    private static long number(String s) {
        try {
            long n = Long.parseLong(s.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--max-bytes '" + s + "' is not a positive whole number of bytes.");
    }
}
