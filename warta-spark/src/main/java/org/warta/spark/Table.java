package org.warta.spark;

import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the job writes: the store's tables of schema version 1
 * ({@code warta-store/.../schema/V1__tables.sql}), same names, same columns in the same order, same types
 * (VARCHAR as string, INTEGER as int, BIGINT as long, DOUBLE, BOOLEAN, DATE, BLOB as binary, TIMESTAMP as a
 * timestamp without time zone), so one query runs on either.
 */
public enum Table {
    ARTICLES("key VARCHAR, seq BIGINT, id VARCHAR, url VARCHAR, site VARCHAR, path VARCHAR, language VARCHAR,"
            + " title VARCHAR, published DATE, published_text VARCHAR, dateline VARCHAR, text_length INTEGER,"
            + " minhash BLOB, ingested TIMESTAMP, record VARCHAR"),
    ENTITIES("article_key VARCHAR, entity_id VARCHAR, type VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR,"
            + " role VARCHAR, mention_count INTEGER"),
    MENTIONS("article_key VARCHAR, entity_id VARCHAR, start_cp INTEGER, end_cp INTEGER, text VARCHAR"),
    QUANTITIES("article_key VARCHAR, ord INTEGER, text VARCHAR, start_cp INTEGER, end_cp INTEGER, value DOUBLE,"
            + " min DOUBLE, max DOUBLE, approximate BOOLEAN, unit VARCHAR, category VARCHAR"),
    QUOTES("article_key VARCHAR, article_id VARCHAR, ord INTEGER, text VARCHAR, start_cp INTEGER, end_cp INTEGER,"
            + " speaker_id VARCHAR, speaker VARCHAR, speaker_country VARCHAR, cue VARCHAR, direct BOOLEAN,"
            + " published DATE, site VARCHAR, language VARCHAR"),
    CLAIMS("article_key VARCHAR, article_id VARCHAR, claim_id VARCHAR, predicate VARCHAR, value DOUBLE, min DOUBLE,"
            + " max DOUBLE, approximate BOOLEAN, object VARCHAR, object_text VARCHAR, claimant_id VARCHAR,"
            + " claimant VARCHAR, claimant_country VARCHAR, via VARCHAR, agent_id VARCHAR, agent VARCHAR,"
            + " agent_country VARCHAR, affected_id VARCHAR, affected VARCHAR, affected_country VARCHAR,"
            + " place_id VARCHAR, place VARCHAR, period_from VARCHAR, period_to VARCHAR, status VARCHAR,"
            + " confidence DOUBLE, evidence_start INTEGER, evidence_end INTEGER, day DATE, published DATE,"
            + " site VARCHAR"),
    CLAIM_RESPONSES("article_key VARCHAR, claim_id VARCHAR, party_id VARCHAR, party VARCHAR, party_country VARCHAR,"
            + " stance VARCHAR, start_cp INTEGER, end_cp INTEGER"),
    EVENTS("article_key VARCHAR, article_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR, actors VARCHAR,"
            + " actor_countries VARCHAR, recipients VARCHAR, recipient_countries VARCHAR, modality VARCHAR,"
            + " date VARCHAR, place VARCHAR, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,"
            + " claim_ids VARCHAR, confidence DOUBLE, day DATE, published DATE, site VARCHAR");

    private final String columns;

    Table(String columns) {
        this.columns = columns;
    }

    /** The folder name under the output directory, as the store names the table. */
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The columns as the store's SQL declares them ({@code name TYPE, ...}). */
    public String sqlColumns() {
        return columns;
    }

    public StructType schema() {
        StructType s = new StructType();
        for (String col : columns.split(",")) {
            String[] parts = col.strip().split(" ");
            s = s.add(new StructField(parts[0], type(parts[1]), !parts[0].equals("key")
                    && !parts[0].equals("article_key") && !parts[0].equals("seq") && !parts[0].equals("id")
                    && !parts[0].equals("record"), org.apache.spark.sql.types.Metadata.empty()));
        }
        return s;
    }

    private static DataType type(String sql) {
        return switch (sql) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            case "BLOB" -> DataTypes.BinaryType;
            case "TIMESTAMP" -> DataTypes.TimestampNTZType;
            default -> throw new IllegalStateException("No Spark type for the SQL type '" + sql + "'");
        };
    }
}
