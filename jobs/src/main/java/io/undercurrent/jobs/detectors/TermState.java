package io.undercurrent.jobs.detectors;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** State of an {@link EmergingTermsDetector}: each tracked term's usual rate. A Flink POJO, bounded in size. */
public class TermState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A term's exponentially weighted posts per window, as of {@link #updatedAt}. */
    public static class TermRate implements Serializable {
        private static final long serialVersionUID = 1L;

        public double rate;
        public long updatedAt;

        public TermRate() {}
    }

    public boolean started;
    public long firstWindowStart;
    public Map<String, TermRate> terms = new HashMap<>();
    /** Exponentially weighted {@link io.undercurrent.jobs.records.WindowStats#unlistedTermCeiling}. */
    public double unlistedCeiling;

    public TermState() {}
}
