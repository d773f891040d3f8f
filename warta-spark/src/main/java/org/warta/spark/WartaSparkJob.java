package org.warta.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.warta.extract.read.Limits;

/**
 * The Spark job: input files in, one task each, through the extractor; exact duplicates dropped across the
 * run by content key (the earliest input wins; the driver holds one long per distinct article for that); the
 * store's tables written as Parquet, with the failures and a summary. Start it with {@code spark-submit} or
 * {@code warta-spark/spark-local} (see {@link JobOptions#USAGE}).
 */
public final class WartaSparkJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The failures table: items that gave no article. */
    public static final StructType FAILURES = new StructType().add("source", DataTypes.StringType)
            .add("item", DataTypes.StringType).add("reason", DataTypes.StringType)
            .add("message", DataTypes.StringType);

    private WartaSparkJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(JobOptions.USAGE);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("warta-spark");
        if (options.master() != null) {
            builder.master(options.master());
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        try (SparkSession spark = builder.getOrCreate()) {
            RunSummary summary = run(spark, options);
            System.out.println(JSON.writeValueAsString(summary));
            System.exit(summary.failed() > 0 ? 1 : 0);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("The run failed: " + e.getMessage());
            System.exit(3);
        }
    }

    /** Runs the job in the given session; returns (and writes) the run summary. */
    public static RunSummary run(SparkSession spark, JobOptions options) throws IOException {
        long t0 = System.nanoTime();
        LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, String> conf = new HashMap<>();
        jsc.hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
        List<InputFile> files = InputListing.list(options, conf);
        prepareOutput(options, conf);

        Broadcast<Map<String, String>> hadoop = jsc.broadcast(conf);
        long maxBytes = options.limits().maxBytes();
        JavaRDD<Piece> pieces = jsc.parallelize(files, Math.max(1, files.size()))
                .flatMap(f -> new FileExtraction(f, new Limits(maxBytes), hadoop.value(), started))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Piece> failures = pieces.filter(Piece::isFailure);
        Map<FailureReason, Long> byReason = failures.map(Piece::reason).countByValue();
        JavaRDD<Piece> articles = pieces.filter(p -> !p.isFailure());
        long extracted = articles.count();
        // duplicates: only (key, order) pairs are shuffled; the rows stay where they were made
        long[] firsts = articles.mapToPair(p -> new scala.Tuple2<>(p.key(), p.order())).reduceByKey(Math::min)
                .values().collect().stream().mapToLong(Long::longValue).sorted().toArray();
        Broadcast<long[]> kept = jsc.broadcast(firsts);
        JavaRDD<TableRow> rows = articles.filter(p -> Arrays.binarySearch(kept.value(), p.order()) >= 0)
                .flatMap(p -> p.rows().iterator()).persist(StorageLevel.MEMORY_AND_DISK());

        Map<String, Long> rowCounts = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            JavaRDD<org.apache.spark.sql.Row> table = rows.filter(r -> r.table() == t).map(TableRow::row);
            spark.createDataFrame(table, t.schema()).write().mode(SaveMode.Overwrite)
                    .parquet(child(options.output(), t.tableName()));
            rowCounts.put(t.tableName(), spark.read().parquet(child(options.output(), t.tableName())).count());
        }
        spark.createDataFrame(failures.map(p -> RowFactory.create(p.source(), p.name(), p.reason().label(),
                p.message())), FAILURES).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(child(options.output(), "failures"));
        pieces.unpersist();
        rows.unpersist();

        long records = rowCounts.get(Table.ARTICLES.tableName());
        long failed = byReason.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> reasons = new TreeMap<>();
        byReason.forEach((k, v) -> reasons.put(k.label(), v));
        double seconds = (System.nanoTime() - t0) / 1e9;
        RunSummary summary = new RunSummary(files.size(), extracted + failed, extracted, records,
                extracted - records, failed, reasons, rowCounts, Math.round(seconds * 100) / 100.0,
                Math.round(extracted / seconds * 10) / 10.0, spark.sparkContext().master(), options.output());
        writeSummary(summary, options.output(), conf);
        return summary;
    }

    private static String child(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static void prepareOutput(JobOptions options, Map<String, String> conf) throws IOException {
        FileSystem fs = FileItems.fileSystem(options.output(), conf);
        Path out = new Path(options.output());
        if (fs.exists(new Path(child(options.output(), "summary.json"))) && !options.overwrite()) {
            throw new IllegalArgumentException("The output folder '" + options.output() + "' already holds a run; "
                    + "give another folder or --overwrite.");
        }
        fs.mkdirs(out);
    }

    private static void writeSummary(RunSummary summary, String output, Map<String, String> conf) throws IOException {
        FileSystem fs = FileItems.fileSystem(output, conf);
        try (OutputStream out = fs.create(new Path(child(output, "summary.json")), true)) {
            out.write(JSON.writeValueAsString(summary).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }
}
