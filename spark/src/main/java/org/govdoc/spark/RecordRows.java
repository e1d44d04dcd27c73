package org.govdoc.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.govdoc.record.Extraction;
import org.govdoc.record.Region;

/**
 * One row per file: the record's key fields as columns (what an analyst filters and groups on, and
 * the columns of the Parquet output), and the whole record as {@code govdoc ingest} writes it, as
 * JSON, in {@code record} (Spark's {@code from_json} reads its lists of indicators, tasks …).
 */
final class RecordRows {

    static final String RECORD = "record";
    static final String PATH = "path";

    static final StructType SCHEMA = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField(PATH, DataTypes.StringType, false),
            DataTypes.createStructField("fileName", DataTypes.StringType, false),
            DataTypes.createStructField("mediaType", DataTypes.StringType, true),
            DataTypes.createStructField("sizeBytes", DataTypes.LongType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("errorCode", DataTypes.StringType, true),
            DataTypes.createStructField("docType", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("province", DataTypes.StringType, true),
            DataTypes.createStructField("city", DataTypes.StringType, true),
            DataTypes.createStructField("district", DataTypes.StringType, true),
            DataTypes.createStructField("regionCode", DataTypes.StringType, true),
            DataTypes.createStructField("year", DataTypes.IntegerType, true),
            DataTypes.createStructField("docNumber", DataTypes.StringType, true),
            DataTypes.createStructField("indicators", DataTypes.IntegerType, false),
            DataTypes.createStructField("tasks", DataTypes.IntegerType, false),
            DataTypes.createStructField("fundingAmounts", DataTypes.IntegerType, false),
            DataTypes.createStructField(RECORD, DataTypes.StringType, false)});

    private RecordRows() {
    }

    static Row of(Extraction r, String json) {
        Region region = r.region();
        return RowFactory.create(r.id(), r.source().path(), r.source().fileName(), r.source().mediaType(),
                r.source().sizeBytes(), r.status().json(), r.error() == null ? null : r.error().code(),
                r.docType() == null ? null : r.docType().json(), r.title(),
                region == null ? null : region.province(), region == null ? null : region.city(),
                region == null ? null : region.district(), region == null ? null : region.code(), r.year(),
                r.docNumber(), r.indicators().size(), r.tasks().size(), r.fundingAmounts().size(), json);
    }
}
