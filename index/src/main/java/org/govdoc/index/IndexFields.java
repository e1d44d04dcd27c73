package org.govdoc.index;

/**
 * Field names of the index. Every entry (a document or one item of it) carries its document's
 * filter fields; see docs/search.md for the schema.
 */
public final class IndexFields {

    // ---- every entry
    /** Keyword: {@link EntryKind#id()}; doc values for facets. */
    public static final String KIND = "kind";
    /** Keyword: the record's sha256; deleting by it removes every entry of a record. */
    public static final String SHA256 = "sha256";
    /** Keyword, multi-valued: every path holding the record's bytes. */
    public static final String PATHS = "paths";
    /** Keyword (document entries): ok | failed. */
    public static final String STATUS = "status";
    /** Keyword with doc values: the district name as written (区/县 level). */
    public static final String DISTRICT = "district";
    /**
     * Keyword, multi-valued: province, city and district names with their short forms, normalised: the
     * place filter, and a field each query word may match (呈贡 in "呈贡 满意度").
     */
    public static final String PLACE_KEY = "placeKey";
    /** Int point + doc values + stored. */
    public static final String YEAR = "year";
    /** Keyword with doc values: docType JSON form. */
    public static final String DOC_TYPE = "docType";
    /** Analysed: the document title. */
    public static final String TITLE = "title";
    /**
     * Analysed catch-all of the entry: the body of a document; level3, content, scoring, basis and target of
     * an indicator; section, text, units, scoring and deadline of a task; context and text of an amount,
     * deadline or figure.
     */
    public static final String TEXT = "text";
    /**
     * Stored JSON of the entry: {"kind":…,"n":…,"doc":{…},"item":{…},"flags":[…]} (flags: codes of the record's
     * warnings at the item's location; read by {@link org.govdoc.index.search.IndexEntry}).
     */
    public static final String ENTRY = "entry";
    /** Stored: kind|sha256|ordinal, the entry's identity (benchmarks read it without parsing the entry). */
    public static final String KEY = "key";
    /** Double point + doc values: the entry's main number (indicator value, amount in yuan, figure value). */
    public static final String NUM = "num";

    // ---- document entries
    /** Stored: the full record JSON (with text), to re-index a record when its paths change. */
    public static final String RECORD = "record";
    /**
     * Stored (document entries): which extraction made the record, {@code s<schemaVersion>-r<rules>}
     * ({@link org.govdoc.extract.ExtractorVersion}); absent in indexes written before it existed.
     */
    public static final String MADE_BY = "madeBy";
    /** Long point + doc values: issue date in epoch days. */
    public static final String ISSUE_DATE = "issueDate";

    // ---- indicators
    /** Keyword: 一级指标 as written; a query word equal to it matches (产出指标). */
    public static final String LEVEL1 = "level1";
    /** Keyword: 二级指标 as written; a query word equal to it matches (数量指标). */
    public static final String LEVEL2 = "level2";
    /** Analysed. */
    public static final String LEVEL3 = "level3";
    public static final String OPERATOR = "operator";
    /** Keyword: the measurement unit (度量单位) as written; doc values for compare. */
    public static final String UNIT = "unit";
    /** Double point + doc values + stored exact decimal string. */
    public static final String VALUE = "value";
    /** Stored exact decimal of value / amountYuan (the points hold doubles). */
    public static final String EXACT = "exact";

    // ---- tasks (and units named by a document entry)
    /** Keyword, multi-valued: lead units as written and canonical, normalised with ChineseText.key. */
    public static final String LEAD_UNIT = "leadUnit";
    /** Keyword, multi-valued: responsible units as written and canonical. */
    public static final String RESPONSIBLE_UNIT = "responsibleUnit";
    /** Keyword, multi-valued: every government unit of the entry (lead, responsible, implementer …). */
    public static final String ORG = "org";
    /** Analysed: the same unit names, for partial unit queries (政务服务 → 区政务服务局). */
    public static final String ORG_TEXT = "orgText";
    /** Analysed: the lead unit names, for partial queries on lead units only. */
    public static final String LEAD_UNIT_TEXT = "leadUnitText";
    /** Analysed: the responsible unit names, for partial queries on responsible units only. */
    public static final String RESPONSIBLE_UNIT_TEXT = "responsibleUnitText";
    /** Double point + doc values: a task row's 分值. */
    public static final String POINTS = "points";

    // ---- amounts
    public static final String AMOUNT_YUAN = "amountYuan";
    public static final String ROLE = "role";

    // ---- tasks and deadlines
    /** Long point + doc values: the due date in epoch days. */
    public static final String DUE = "due";

    // ---- file registry (one hidden entry per path)
    /** Keyword: kind value of file registry entries. */
    public static final String FILE_KIND = "_file";
    /** Keyword: the path of a file registry entry. */
    public static final String FILE_PATH = "filePath";
    /** Stored: sha256 of a file registry entry (not {@link #SHA256}, so record deletes keep it). */
    public static final String FILE_SHA256 = "fileSha256";
    public static final String FILE_SIZE = "fileSize";
    public static final String FILE_MTIME = "fileMtime";

    private IndexFields() {
    }
}
