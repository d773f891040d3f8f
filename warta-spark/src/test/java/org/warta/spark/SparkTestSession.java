package org.warta.spark;

import org.apache.spark.sql.SparkSession;

/** One small local Spark for the module's tests: two cores, no UI, few shuffle partitions. */
final class SparkTestSession {
    private SparkTestSession() {
    }

    private static final class Lazy {
        static final SparkSession SPARK = SparkSession.builder().master("local[2]").appName("warta-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2").config("spark.driver.host", "localhost")
                .getOrCreate();
    }

    static SparkSession spark() {
        return Lazy.SPARK;
    }
}
