package io.undercurrent.jobs.dashboards;

/** A field a query relies on, and what the index mapping must allow for it. */
record FieldUse(String field, Role role, String usedBy) {

    enum Role {
        /** A date: time filters and date histograms. */
        DATE,
        /** A number: sums, averages, percentiles, histograms. */
        NUMERIC,
        /** A number or a date: min and max. */
        NUMERIC_OR_DATE,
        /** Aggregatable and not analysed text: terms buckets and distinct counts. */
        AGGREGATABLE,
        /** Just there: a column a table shows. */
        PRESENT
    }
}
