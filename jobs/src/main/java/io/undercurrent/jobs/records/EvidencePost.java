package io.undercurrent.jobs.records;

/** A post cited as evidence by a micro-map or an alert: enough to recognise it without a lookup. */
public class EvidencePost {
    public String id;
    public String author;
    /** The text, cut to {@link #MAX_TEXT_CHARS} characters. */
    public String text;
    public double score;
    /** likes + replies + shares. */
    public long engagement;
    public long createdAt;
    public String url;

    public static final int MAX_TEXT_CHARS = 280;

    public EvidencePost() {}
}
