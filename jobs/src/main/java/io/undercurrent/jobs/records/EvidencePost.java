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

    public static EvidencePost of(ScoredPost scored) {
        Post post = scored.post;
        EvidencePost evidence = new EvidencePost();
        evidence.id = post.id;
        evidence.author = post.author;
        evidence.text = post.text == null || post.text.length() <= MAX_TEXT_CHARS
                ? post.text
                : post.text.substring(0, MAX_TEXT_CHARS);
        evidence.score = scored.score;
        evidence.engagement = engagement(post);
        evidence.createdAt = post.createdAt;
        evidence.url = post.url;
        return evidence;
    }

    /** What a post's audience did with it: likes + replies + shares (negative net votes count as none). */
    public static long engagement(Post post) {
        return Math.max(0, post.likes) + post.replies + post.shares;
    }
}
