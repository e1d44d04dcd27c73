package org.govdoc.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.govdoc.text.segment.Segmenter;

/**
 * The analyzer of every text field: HanLP segmentation with the domain vocabulary
 * ({@link HanLPTokenizer}). The index form adds the dictionary words inside each word at the same
 * position ({@link HanLPSubwordFilter}) (呈贡区 → 呈贡区 + 呈贡, 区政务服务局 →
 * … + 政务服务 + 政务 + 服务) so that a shorter query word finds the longer written name; the query form
 * keeps the longest words and drops a few function words (的 和 与 …) that would otherwise be required.
 */
public final class HanLPAnalyzer extends Analyzer {

    /** Function words dropped from queries. */
    public static final CharArraySet QUERY_STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
            java.util.List.of("的", "了", "和", "与", "及", "或", "在", "是", "对", "为", "等", "之", "中", "有关"), false));

    private final Segmenter segmenter;
    private final boolean indexMode;

    private HanLPAnalyzer(Segmenter segmenter, boolean indexMode) {
        this.segmenter = segmenter;
        this.indexMode = indexMode;
    }

    /** The analyzer for indexing: words plus the dictionary words inside them. */
    public static HanLPAnalyzer forIndex(Segmenter segmenter) {
        return new HanLPAnalyzer(segmenter, true);
    }

    /** The analyzer for queries: longest words, function words dropped. */
    public static HanLPAnalyzer forQuery(Segmenter segmenter) {
        return new HanLPAnalyzer(segmenter, false);
    }

    public boolean indexMode() {
        return indexMode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HanLPTokenizer tokenizer = new HanLPTokenizer(segmenter);
        TokenStream stream = indexMode ? new HanLPSubwordFilter(tokenizer, segmenter)
                : new StopFilter(tokenizer, QUERY_STOP_WORDS);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
