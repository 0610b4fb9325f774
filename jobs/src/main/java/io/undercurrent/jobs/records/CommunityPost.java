package io.undercurrent.jobs.records;

/**
 * A scored post with what its micro-community's history says about it: whose first post it is, where it sits in
 * its conversation, and whether it answers members waiting for staff. Made by the conversation tracker, which
 * sees a micro-community's posts one by one; read by the micro-map windows. A Flink POJO.
 */
public class CommunityPost {
    public ScoredPost scored;
    /** The conversation: the post's thread id, else its parent's thread, else its own id. */
    public String threadId;
    /** Written by a staff or moderator account of the community registry. */
    public boolean staff;
    /** The author's first post in the micro-community within the member memory. */
    public boolean firstPostOfAuthor;
    /** Replies between the post and its conversation's first post: 0 for a first post. */
    public int depth;
    /** Turns between different authors in the reply chain ending here: 1 for a first post. */
    public int turns;
    /** For a staff post answering a waiting thread: milliseconds since the thread began waiting; else -1. */
    public long staffResponseMillis = -1;
    /** Threads of the micro-community waiting for a staff reply once this post is counted; -1: no staff known. */
    public long awaitingStaff = -1;

    public CommunityPost() {}

    public Post post() {
        return scored.post;
    }
}
