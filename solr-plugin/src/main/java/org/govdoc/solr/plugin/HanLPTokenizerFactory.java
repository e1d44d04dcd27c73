package org.govdoc.solr.plugin;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.govdoc.index.analysis.HanLPTokenizer;
import org.govdoc.text.segment.Segmenter;

/**
 * {@link HanLPTokenizer} with govdoc's vocabulary (the GB/T 2260 division names and the unit
 * dictionary, {@link Segmenter#standard()}). In a schema:
 * {@code <tokenizer class="org.govdoc.solr.plugin.HanLPTokenizerFactory"/>} (or {@code name="govdocHanlp"}).
 */
public final class HanLPTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "govdocHanlp";

    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public HanLPTokenizer create(AttributeFactory factory) {
        return new HanLPTokenizer(Segmenter.standard());
    }
}
