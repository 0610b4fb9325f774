package io.undercurrent.jobs.functions;

import io.undercurrent.jobs.config.CommunityRegistry;
import io.undercurrent.jobs.config.MicroMapSettings;
import io.undercurrent.jobs.records.CommunityPost;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.jobs.records.ScoredPost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Follows each micro-community's members and conversations across windows, so the micro-map windows can count
 * health from single posts. Keyed by micro-community, with three maps of state, each with a time to live in event
 * time:
 *
 * <ul>
 *   <li>members: author → time of the latest post, kept for the member memory after it. A post whose author is
 *       not in it is the author's first ("new member"); everyone else is returning.</li>
 *   <li>conversation: post id → author, thread, depth and turns, kept for the conversation memory, so a reply
 *       finds its parent. A reply to a post no longer (or not yet) known counts as depth 1, two turns.</li>
 *   <li>waiting: thread → time since which it waits for staff, when the registry names staff, kept for the staff
 *       response horizon. A member post starts the wait unless the thread already waits; the next staff post in
 *       the thread ends it and carries the response time.</li>
 * </ul>
 *
 * <p>Expired entries are swept by one event-time timer per micro-community: each map is due when its first entry
 * expires, rounded up to an eighth of its time to live so that nearby expiries share a sweep, and only the maps
 * due are read. Event time rather than Flink's processing-time TTL: a replay of old posts remembers exactly what the live
 * run remembered, and the sweep visits each entry a few times in its life, where Flink's incremental cleanup of
 * heap map state copies whole maps on every access.
 *
 * <p>Each post carries the number of threads waiting for staff at its time, so a window's latest post tells how
 * many were waiting at the window's end. Posts are handled in arrival order: within the watermark's
 * out-of-orderness an author's first post may arrive after a later one, and then the later one is the author's
 * "first"; a late post sees the waits still open, not those answered since.
 */
public class ConversationTracker extends KeyedProcessFunction<String, ScoredPost, CommunityPost> {

    private final CommunityRegistry registry;
    private final long memberMemoryMs;
    private final long conversationMemoryMs;
    private final long staffResponseHorizonMs;
    private final long memberSweepMs;
    private final long conversationSweepMs;
    private final long waitSweepMs;

    private transient MapState<String, Long> members;
    private transient MapState<String, PostTrace> conversation;
    private transient MapState<String, Long> waiting;
    private transient ValueState<Status> status;

    /** A micro-community's figures beside its maps, read and written once per post. A Flink POJO. */
    public static class Status {
        /** Entries of the waiting map. */
        public long waiting;
        /** The latest time a wait started; a post before it is late. */
        public long latestWaitStart = Long.MIN_VALUE;
        /** When each map is next due for a sweep; MAX_VALUE: nothing in it to expire. */
        public long membersDue = Long.MAX_VALUE;
        public long postsDue = Long.MAX_VALUE;
        public long waitsDue = Long.MAX_VALUE;
        /** The sweep timer registered last; MAX_VALUE: none. */
        public long nextSweep = Long.MAX_VALUE;

        long due() {
            return Math.min(membersDue, Math.min(postsDue, waitsDue));
        }

        public Status() {}
    }

    /** What a reply needs to know about the post it answers. A Flink POJO. */
    public static class PostTrace {
        public String author;
        public String threadId;
        public int depth;
        public int turns;
        public long createdAt;

        public PostTrace() {}
    }

    public ConversationTracker(CommunityRegistry registry, MicroMapSettings settings) {
        this.registry = registry;
        this.memberMemoryMs = settings.memberMemory().toMillis();
        this.conversationMemoryMs = settings.conversationMemory().toMillis();
        this.staffResponseHorizonMs = settings.staffResponseHorizon().toMillis();
        this.memberSweepMs = sweepInterval(settings.memberMemory()).toMillis();
        this.conversationSweepMs = sweepInterval(settings.conversationMemory()).toMillis();
        this.waitSweepMs = sweepInterval(settings.staffResponseHorizon()).toMillis();
    }

    /**
     * A map whose entries live {@code memory} is swept on multiples of an eighth of it (at least a minute), so
     * nearby expiries share a sweep and each entry is visited a few times in its life; at most that much late.
     */
    public static Duration sweepInterval(Duration memory) {
        Duration eighth = memory.dividedBy(8);
        return eighth.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : eighth;
    }

    @Override
    public void open(OpenContext openContext) {
        members = getRuntimeContext().getMapState(new MapStateDescriptor<>("members", Types.STRING, Types.LONG));
        conversation = getRuntimeContext().getMapState(
                new MapStateDescriptor<>("conversation", Types.STRING, Types.POJO(PostTrace.class)));
        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("waiting-for-staff", Types.STRING, Types.LONG));
        status = getRuntimeContext().getState(new ValueStateDescriptor<>("status", Types.POJO(Status.class)));
    }

    @Override
    public void processElement(ScoredPost scored, Context ctx, Collector<CommunityPost> out) throws Exception {
        Post post = scored.post;
        CommunityPost annotated = new CommunityPost();
        annotated.scored = scored;
        annotated.firstPostOfAuthor = rememberAuthor(post);

        PostTrace parent = post.parentId == null ? null : conversation.get(post.parentId);
        PostTrace trace = new PostTrace();
        trace.author = post.author;
        trace.threadId = threadOf(post, parent);
        trace.createdAt = post.createdAt;
        if (post.parentId == null) {
            trace.depth = 0;
            trace.turns = 1;
        } else if (parent == null) {
            trace.depth = 1;
            trace.turns = 2;
        } else {
            trace.depth = parent.depth + 1;
            trace.turns = post.author != null && post.author.equals(parent.author) ? parent.turns : parent.turns + 1;
        }
        conversation.put(post.id, trace);
        annotated.threadId = trace.threadId;
        annotated.depth = trace.depth;
        annotated.turns = trace.turns;

        Status current = status.value();
        current = current == null ? new Status() : current;
        current.membersDue = Math.min(current.membersDue, due(post.createdAt + memberMemoryMs, memberSweepMs));
        current.postsDue = Math.min(current.postsDue, due(post.createdAt + conversationMemoryMs, conversationSweepMs));
        CommunityRegistry.Staff staff = registry.staff(post.platform, post.community, post.microCommunity);
        if (staff.known()) {
            annotated.staff = staff.isStaff(post.author);
            annotated.staffResponseMillis = annotated.staff
                    ? answer(trace.threadId, post.createdAt, current)
                    : startWaiting(trace.threadId, post.createdAt, current);
            annotated.awaitingStaff = waitingAt(post.createdAt, current);
        }
        scheduleSweep(ctx, current);
        status.update(current);
        out.collect(annotated);
    }

    /** The sweep: forgets the members, posts and waits of the maps due whose time to live has passed. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CommunityPost> out) throws Exception {
        Status current = status.value();
        if (current == null) {
            return;
        }
        if (current.membersDue <= timestamp) {
            Sweep sweep = forgetOlder(members, memberMemoryMs, timestamp, Long::longValue);
            current.membersDue = due(sweep.nextExpiry(), memberSweepMs);
        }
        if (current.postsDue <= timestamp) {
            Sweep sweep = forgetOlder(conversation, conversationMemoryMs, timestamp, trace -> trace.createdAt);
            current.postsDue = due(sweep.nextExpiry(), conversationSweepMs);
        }
        if (current.waitsDue <= timestamp) {
            Sweep sweep = forgetOlder(waiting, staffResponseHorizonMs, timestamp, Long::longValue);
            current.waitsDue = due(sweep.nextExpiry(), waitSweepMs);
            current.waiting -= sweep.removed();
        }
        if (current.due() == Long.MAX_VALUE) {
            status.clear(); // nothing left to remember
            return;
        }
        current.nextSweep = Long.MAX_VALUE;
        scheduleSweep(ctx, current);
        status.update(current);
    }

    /** Whether this is the author's first post here (within the member memory); remembers the latest post time. */
    private boolean rememberAuthor(Post post) throws Exception {
        String author = post.author == null ? "" : post.author;
        Long lastSeen = members.get(author);
        members.put(author, lastSeen == null ? post.createdAt : Math.max(lastSeen, post.createdAt));
        return lastSeen == null;
    }

    private static String threadOf(Post post, PostTrace parent) {
        if (post.threadId != null) {
            return post.threadId;
        }
        if (parent != null) {
            return parent.threadId;
        }
        return post.parentId != null ? post.parentId : post.id;
    }

    /** A staff post in {@code thread}: the response time if it answers a member waiting since before it, else -1. */
    private long answer(String thread, long repliedAt, Status current) throws Exception {
        Long since = waiting.get(thread);
        if (since == null || since > repliedAt) {
            return -1;
        }
        waiting.remove(thread);
        current.waiting--;
        return repliedAt - since;
    }

    /** A member post in {@code thread}: it waits from now, or from an earlier member post it arrived after. */
    private long startWaiting(String thread, long postedAt, Status current) throws Exception {
        Long since = waiting.get(thread);
        if (since == null) {
            current.waiting++;
        }
        long start = since == null ? postedAt : Math.min(since, postedAt);
        if (since == null || start != since) {
            waiting.put(thread, start);
        }
        current.latestWaitStart = Math.max(current.latestWaitStart, start);
        current.waitsDue = Math.min(current.waitsDue, due(start + staffResponseHorizonMs, waitSweepMs));
        return -1;
    }

    /**
     * Threads waiting at {@code time}: all of them for a post in event-time order; for a late post only those
     * waiting since before it (waits answered meanwhile are gone and not counted).
     */
    private long waitingAt(long time, Status current) throws Exception {
        if (current.latestWaitStart <= time) {
            return current.waiting;
        }
        long count = 0;
        for (Long since : waiting.values()) {
            if (since <= time) {
                count++;
            }
        }
        return count;
    }

    /** When a map whose first entry expires at {@code expiry} is due: the next multiple of its sweep interval. */
    private static long due(long expiry, long sweepMs) {
        return expiry == Long.MAX_VALUE ? Long.MAX_VALUE : Math.floorDiv(expiry - 1, sweepMs) * sweepMs + sweepMs;
    }

    /** A timer for the earliest due sweep, unless one is registered for it or earlier. */
    private static void scheduleSweep(Context ctx, Status current) {
        long due = current.due();
        if (due < current.nextSweep) {
            current.nextSweep = due;
            ctx.timerService().registerEventTimeTimer(due);
        }
    }

    /** What a sweep of one map did: how many entries it removed, when the first left expires (MAX_VALUE: none). */
    private record Sweep(int removed, long nextExpiry) {}

    /** Removes the entries whose time is {@code memoryMs} or more before {@code now}. */
    private static <V> Sweep forgetOlder(MapState<String, V> state, long memoryMs, long now, ToLongFunction<V> time)
            throws Exception {
        List<String> expired = new ArrayList<>();
        long nextExpiry = Long.MAX_VALUE;
        for (Map.Entry<String, V> entry : state.entries()) {
            long expiry = time.applyAsLong(entry.getValue()) + memoryMs;
            if (expiry <= now) {
                expired.add(entry.getKey());
            } else {
                nextExpiry = Math.min(nextExpiry, expiry);
            }
        }
        for (String key : expired) {
            state.remove(key);
        }
        return new Sweep(expired.size(), nextExpiry);
    }
}
