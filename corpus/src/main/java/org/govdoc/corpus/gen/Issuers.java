package org.govdoc.corpus.gen;

/** Who issues a document, with its document number (发文字号) prefix. */
record Issuers(String name, String numberPrefix) {

    /** An issuer of a district document about a theme. */
    static Issuers random(Rng rng, District d, Themes.Theme theme) {
        return switch (rng.nextInt(3)) {
            case 0 -> new Issuers(d.city() + d.name() + "人民政府办公室", d.abbreviation() + "政办发");
            case 1 -> new Issuers(d.city() + d.name() + theme.topic() + "工作领导小组办公室",
                    d.abbreviation() + theme.topic().substring(0, 2) + "办发");
            default -> new Issuers(d.fullName(theme.unit().fullBody()),
                    d.abbreviation() + theme.unit().shortBody().substring(0, 1) + "发");
        };
    }

    /** The number as printed, with the office's bracket habit; {@link #canonical} is the gold form. */
    static String printed(Rng rng, String prefix, int year, int n) {
        int r = rng.nextInt(10);
        String y = r < 7 ? "〔" + year + "〕" : r == 7 ? "[" + year + "]" : r == 8 ? "【" + year + "】" : "（" + year + "）";
        return prefix + y + n + "号";
    }

    static String canonical(String prefix, int year, int n) {
        return prefix + "〔" + year + "〕" + n + "号";
    }
}
