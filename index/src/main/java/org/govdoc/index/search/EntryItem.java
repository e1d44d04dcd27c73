package org.govdoc.index.search;

import java.math.BigDecimal;
import org.govdoc.record.Deadline;
import org.govdoc.record.Extraction;
import org.govdoc.record.Figure;
import org.govdoc.record.FundingAmount;
import org.govdoc.record.Indicator;
import org.govdoc.record.Task;

/**
 * What one index entry holds, typed by its kind: the record's summary for a document entry, or the one
 * indicator, task, amount, deadline or figure the entry stands for (the same records the JSON record holds).
 */
public sealed interface EntryItem {

    /** The entry's number: indicator value, amount in yuan, figure value; null for others. */
    default BigDecimal number() {
        return null;
    }

    /** The measurement unit of {@link #number()} as written (%, 件, 元 for amounts); null when none. */
    default String measure() {
        return null;
    }

    /** The comparison of {@link #number()}: {@code >}, {@code >=}, {@code =}, {@code <}, {@code <=}; "=" when none is written. */
    default String operator() {
        return "=";
    }

    /** The entry's main text: the title, an indicator's level3, a task's text, an amount's context. */
    String text();

    /**
     * A document entry: the record without its text and without its lists of items (those are entries of
     * their own), with how many items of each kind it has.
     */
    record OfDocument(Extraction summary, Counts counts) implements EntryItem {
        @Override
        public String text() {
            return summary.title();
        }
    }

    record OfIndicator(Indicator indicator) implements EntryItem {
        @Override
        public BigDecimal number() {
            return indicator.value();
        }

        @Override
        public String measure() {
            return indicator.unit();
        }

        @Override
        public String operator() {
            return indicator.operator() == null ? "=" : indicator.operator();
        }

        @Override
        public String text() {
            return indicator.level3();
        }
    }

    record OfTask(Task task) implements EntryItem {
        @Override
        public String text() {
            return task.text();
        }
    }

    record OfAmount(FundingAmount amount) implements EntryItem {
        @Override
        public BigDecimal number() {
            return amount.amountYuan();
        }

        @Override
        public String measure() {
            return "元";
        }

        @Override
        public String text() {
            return amount.context() != null ? amount.context() : amount.text();
        }
    }

    record OfDeadline(Deadline deadline) implements EntryItem {
        @Override
        public String text() {
            return deadline.context() != null ? deadline.context() : deadline.text();
        }
    }

    record OfFigure(Figure figure) implements EntryItem {
        @Override
        public BigDecimal number() {
            return figure.value();
        }

        @Override
        public String measure() {
            return figure.unit();
        }

        @Override
        public String text() {
            return figure.context() != null ? figure.context() : figure.text();
        }
    }

    /** How many items of each kind a record has. */
    record Counts(int indicators, int tasks, int fundingAmounts, int deadlines, int figures) {
    }
}
