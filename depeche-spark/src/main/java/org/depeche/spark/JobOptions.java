package org.depeche.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.depeche.io.ReadOptions;

/**
 * What a Spark job reads, how, and where it writes; serialisable, it travels to the executors
 * (the analysis pipeline never does: each executor JVM builds its own, see {@link ExecutorAnalyzer}).
 *
 * @param inputs     paths or URIs (file:, hdfs:, s3a:…): files, folders, JSONL, Parquet
 * @param output     the folder the tables are written under
 * @param lang       language to force, or null (the record's, else detected)
 * @param published  publication date for articles that carry none, or null
 * @param encoding   encoding to force for text and HTML files, or null
 * @param maxBytes   larger inputs are failures
 * @param parseAll   parse every sentence ({@code --parse all}), else only those a stage needs (the default, as {@code analyze})
 * @param partitions partitions the articles are spread over (0: four per core of the cluster)
 * @param json       also write the depeche/1 JSON of each document as text files
 * @param overwrite  replace an existing output folder
 */
public record JobOptions(List<String> inputs, String output, String lang, LocalDate published, String encoding,
                         long maxBytes, boolean parseAll, int partitions, boolean json, boolean overwrite)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** The reading options of depeche-io, built where they are used (they are not serialisable). */
    ReadOptions readOptions() {
        return new ReadOptions(lang, published, encoding, maxBytes);
    }
}
