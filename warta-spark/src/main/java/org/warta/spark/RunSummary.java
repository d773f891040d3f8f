package org.warta.spark;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * What a run did, written as {@code summary.json} beside the tables and printed.
 *
 * @param inputs     input files
 * @param items      items read (articles and failures)
 * @param extracted  articles extracted, duplicates included
 * @param records    distinct articles written (rows of {@code articles})
 * @param duplicates articles dropped as exact duplicates of an earlier one in the run
 * @param failures   items that gave no article, by {@link FailureReason} label
 */
@JsonPropertyOrder({"inputs", "items", "extracted", "records", "duplicates", "failed", "failures", "rows",
        "seconds", "recordsPerSecond", "master", "output"})
public record RunSummary(int inputs, long items, long extracted, long records, long duplicates, long failed,
                         Map<String, Long> failures, Map<String, Long> rows, double seconds, double recordsPerSecond,
                         String master, String output) {
}
