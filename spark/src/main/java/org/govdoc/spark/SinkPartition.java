package org.govdoc.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.govdoc.record.Extraction;
import org.govdoc.record.RecordJson;

/** Sends one partition's records to the job's {@link RecordSink}: opened, fed, closed per partition. */
final class SinkPartition implements ForeachPartitionFunction<Row> {

    private static final long serialVersionUID = 1L;

    private final SparkIngestOptions options;

    SinkPartition(SparkIngestOptions options) {
        this.options = options;
    }

    @Override
    public void call(Iterator<Row> rows) throws Exception {
        ObjectMapper json = RecordJson.mapper();
        try (RecordSink sink = RecordSinkProvider.named(options.sink()).open(options.sinkSettings())) {
            while (rows.hasNext()) {
                sink.add(json.readValue(rows.next().<String>getAs(RecordRows.RECORD), Extraction.class));
            }
        }
    }
}
