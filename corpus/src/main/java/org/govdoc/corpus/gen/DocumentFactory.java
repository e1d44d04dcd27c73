package org.govdoc.corpus.gen;

/**
 * Makes document i of a corpus from the corpus seed alone: the same document whatever the corpus
 * size and whatever formats are asked for.
 */
public final class DocumentFactory implements DocumentSource {

    /** Stream numbers of {@link Rng#forDocument}. */
    static final int CONTENT = 1;
    static final int FORMAT = 2;

    private final long seed;
    private final Divisions divisions;

    public DocumentFactory(long seed, Divisions divisions) {
        this.seed = seed;
        this.divisions = divisions;
    }

    public DocumentFactory(long seed) {
        this(seed, Divisions.yunnan());
    }

    public long seed() {
        return seed;
    }

    /** Document {@code index}: 35% budget declarations, 30% work plans, 25% replies, 10% notices. */
    @Override
    public GeneratedDocument create(long index) {
        Rng rng = Rng.forDocument(seed, index, CONTENT);
        District d = divisions.pick(rng);
        int year = rng.between(2019, 2025);
        int kind = rng.nextInt(100);
        if (kind < 35) {
            return BudgetDeclarationGenerator.generate(rng, index, d, year);
        } else if (kind < 65) {
            return WorkPlanGenerator.generate(rng, index, d, year);
        } else if (kind < 90) {
            return ProposalReplyGenerator.generate(rng, index, d, year, divisions.townships(d));
        }
        return NoticeGenerator.generate(rng, index, d, year);
    }

    /** The random source choosing document {@code index}'s format, independent of its content. */
    @Override
    public Rng formatRng(long index) {
        return Rng.forDocument(seed, index, FORMAT);
    }
}
