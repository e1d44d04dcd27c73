package org.govdoc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The ingest as a Spark job: lists the inputs with the {@code binaryFile} source (recursively),
 * leaves out excluded names, parses each file in its executor's worker JVM ({@link ParseFiles}),
 * writes one record per file to {@link SparkIngestOptions#out()} as JSON Lines or Parquet, sorted
 * by path, and gives the records to the optional {@link RecordSink}. Files over the size limit are
 * never read: their {@code content} is not asked for (Spark applies the length filter before it reads
 * a file's bytes).
 */
public final class SparkIngest {

    private SparkIngest() {
    }

    /**
     * The files of zero bytes, with empty content. Spark's file scan makes no split of a file of
     * zero bytes, so {@code binaryFile} never yields its row; it is among the listing's input files
     * all the same. Without this, an empty file would have no record, where {@code govdoc ingest}
     * gives it one ({@code empty}).
     */
    private static Dataset<Row> zeroLength(SparkSession spark, Dataset<Row> listing, UserDefinedFunction kept) {
        // inputFiles() gives URIs (percent-encoded); the path column, Hadoop paths (decoded)
        List<String> paths = Arrays.stream(listing.inputFiles())
                .map(uri -> new org.apache.hadoop.fs.Path(URI.create(uri)).toString()).toList();
        Dataset<Row> all = spark.createDataset(paths, Encoders.STRING()).toDF("path")
                .filter(kept.apply(col("path")));
        return all.join(listing.select("path"), all.col("path").equalTo(listing.col("path")), "left_anti")
                .select(col("path"), lit(0L).as("length"), lit(new byte[0]).as("content"));
    }

    public static SparkIngestSummary run(SparkSession spark, SparkIngestOptions options) {
        long start = System.nanoTime();
        UserDefinedFunction kept = functions.udf(new KeptByName(options.excludes()), DataTypes.BooleanType);
        Dataset<Row> listing = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(options.inputs().toArray(String[]::new))
                .filter(kept.apply(col("path")));
        Dataset<Row> readable = listing.filter(col("length").leq(options.maxSizeBytes()))
                .select(col("path"), col("length"), col("content"));
        Dataset<Row> tooLarge = listing.filter(col("length").gt(options.maxSizeBytes()))
                .select(col("path"), col("length"), lit(null).cast(DataTypes.BinaryType).as("content"));
        Dataset<Row> files = readable.unionByName(tooLarge).unionByName(zeroLength(spark, listing, kept));
        if (options.partitions() > 0) {
            files = files.repartition(options.partitions());
        }
        Dataset<Row> records = files.mapPartitions(new ParseFiles(options), Encoders.row(RecordRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> sorted = records.orderBy(RecordRows.PATH);
            switch (options.format()) {
                case JSONL -> sorted.select(RecordRows.RECORD).write().mode(SaveMode.Overwrite).text(options.out());
                case PARQUET -> sorted.write().mode(SaveMode.Overwrite).parquet(options.out());
            }
            if (options.sink() != null) {
                records.foreachPartition(new SinkPartition(options));
            }
            long total = 0;
            long ok = 0;
            SortedMap<String, Long> failed = new TreeMap<>();
            for (Row r : records.groupBy("status", "errorCode").count().collectAsList()) {
                long n = r.getLong(2);
                total += n;
                if (r.isNullAt(1)) {
                    ok += n;
                } else {
                    failed.merge(r.getString(1), n, Long::sum);
                }
            }
            return new SparkIngestSummary(total, ok, failed, (System.nanoTime() - start) / 1e9);
        } finally {
            records.unpersist();
        }
    }
}
