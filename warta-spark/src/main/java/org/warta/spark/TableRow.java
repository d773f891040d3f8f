package org.warta.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/** One row of one table, as it travels between stages of the job. */
public record TableRow(Table table, Row row) implements Serializable {
}
