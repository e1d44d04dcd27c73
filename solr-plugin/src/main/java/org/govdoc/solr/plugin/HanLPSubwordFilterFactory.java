package org.govdoc.solr.plugin;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.govdoc.index.analysis.HanLPSubwordFilter;
import org.govdoc.text.segment.Segmenter;

/**
 * {@link HanLPSubwordFilter} with govdoc's vocabulary: the index side of a govdoc text field.
 * {@code <filter class="org.govdoc.solr.plugin.HanLPSubwordFilterFactory"/>} (or {@code name="govdocHanlpSubword"}).
 */
public final class HanLPSubwordFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "govdocHanlpSubword";

    public HanLPSubwordFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only. */
    public HanLPSubwordFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new HanLPSubwordFilter(input, Segmenter.standard());
    }
}
