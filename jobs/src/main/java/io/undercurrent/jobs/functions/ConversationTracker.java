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
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Follows each micro-community's members and conversations across windows, so the micro-map windows can count
 * health from single posts (keyed by micro-community; state in three maps):
 *
 * <ul>
 *   <li>members: author → first post time, with a TTL of the member memory refreshed by each post. A post
 *       whose author is not in it is the author's first ("new member"); everyone else is returning.</li>
 *   <li>conversation: post id → author, thread, depth and turns, with a TTL of the conversation memory, so a reply
 *       finds its parent. A reply to a post no longer (or not yet) known counts as depth 1, two turns.</li>
 *   <li>waiting: thread → time since which it waits for staff, when the registry names staff. A member post
 *       starts the wait unless the thread already waits; the next staff post in the thread ends it and carries
 *       the response time. Waits older than the staff response horizon are dropped by event-time timers.</li>
 * </ul>
 *
 * <p>Each post carries the number of threads waiting for staff at its time, so a window's latest post tells how
 * many were waiting at the window's end. Posts are handled in arrival order: within the watermark's
 * out-of-orderness an author's first post may arrive after a later one, and then the later one is the author's
 * "first"; a late post sees the waits still open, not those answered since. State TTLs run in processing time.
 */
public class ConversationTracker extends KeyedProcessFunction<String, ScoredPost, CommunityPost> {

    /** Expiry checks of waiting threads are batched to this granularity per micro-community. */
    static final long EXPIRY_GRANULARITY_MS = Duration.ofMinutes(1).toMillis();

    private final CommunityRegistry registry;
    private final Duration memberMemory;
    private final Duration conversationMemory;
    private final long staffResponseHorizonMs;

    private transient MapState<String, Long> members;
    private transient MapState<String, PostTrace> conversation;
    private transient MapState<String, Long> waiting;
    private transient ValueState<Long> waitingCount;
    private transient ValueState<Long> latestWaitStart;

    /** What a reply needs to know about the post it answers. A Flink POJO. */
    public static class PostTrace {
        public String author;
        public String threadId;
        public int depth;
        public int turns;

        public PostTrace() {}
    }

    public ConversationTracker(CommunityRegistry registry, MicroMapSettings settings) {
        this.registry = registry;
        this.memberMemory = settings.memberMemory();
        this.conversationMemory = settings.conversationMemory();
        this.staffResponseHorizonMs = settings.staffResponseHorizon().toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<String, Long> membersDescriptor = new MapStateDescriptor<>("members", Types.STRING, Types.LONG);
        membersDescriptor.enableTimeToLive(ttl(memberMemory));
        members = getRuntimeContext().getMapState(membersDescriptor);

        MapStateDescriptor<String, PostTrace> conversationDescriptor =
                new MapStateDescriptor<>("conversation", Types.STRING, Types.POJO(PostTrace.class));
        conversationDescriptor.enableTimeToLive(ttl(conversationMemory));
        conversation = getRuntimeContext().getMapState(conversationDescriptor);

        waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("waiting-for-staff", Types.STRING, Types.LONG));
        waitingCount = getRuntimeContext().getState(new ValueStateDescriptor<>("waiting-for-staff-count", Types.LONG));
        latestWaitStart = getRuntimeContext().getState(new ValueStateDescriptor<>("latest-wait-start", Types.LONG));
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

        if (registry.hasStaff(post.platform, post.community, post.microCommunity)) {
            annotated.staff = registry.isStaff(post.platform, post.community, post.microCommunity, post.author);
            annotated.staffResponseMillis = annotated.staff
                    ? answer(trace.threadId, post.createdAt)
                    : startWaiting(trace.threadId, post.createdAt, ctx);
            annotated.awaitingStaff = waitingAt(post.createdAt);
        }
        out.collect(annotated);
    }

    /** Drops waits older than the horizon. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CommunityPost> out) throws Exception {
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, Long> wait : waiting.entries()) {
            if (wait.getValue() + staffResponseHorizonMs <= timestamp) {
                expired.add(wait.getKey());
            }
        }
        for (String thread : expired) {
            waiting.remove(thread);
        }
        setWaitingCount(waitingCount() - expired.size());
    }

    /** Whether this is the author's first post here; remembers the earliest post time either way. */
    private boolean rememberAuthor(Post post) throws Exception {
        String author = post.author == null ? "" : post.author;
        Long firstSeen = members.get(author);
        members.put(author, firstSeen == null ? post.createdAt : Math.min(firstSeen, post.createdAt));
        return firstSeen == null;
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
    private long answer(String thread, long repliedAt) throws Exception {
        Long since = waiting.get(thread);
        if (since == null || since > repliedAt) {
            return -1;
        }
        waiting.remove(thread);
        setWaitingCount(waitingCount() - 1);
        return repliedAt - since;
    }

    /** A member post in {@code thread}: it waits from now, or from an earlier member post it arrived after. */
    private long startWaiting(String thread, long postedAt, Context ctx) throws Exception {
        Long since = waiting.get(thread);
        if (since == null) {
            setWaitingCount(waitingCount() + 1);
        }
        long start = since == null ? postedAt : Math.min(since, postedAt);
        waiting.put(thread, start);
        Long latest = latestWaitStart.value();
        if (latest == null || latest < start) {
            latestWaitStart.update(start);
        }
        long expiry = start + staffResponseHorizonMs;
        ctx.timerService().registerEventTimeTimer(
                (expiry / EXPIRY_GRANULARITY_MS + 1) * EXPIRY_GRANULARITY_MS);
        return -1;
    }

    /**
     * Threads waiting at {@code time}: all of them for a post in event-time order; for a late post only those
     * waiting since before it (waits answered meanwhile are gone and not counted).
     */
    private long waitingAt(long time) throws Exception {
        Long latest = latestWaitStart.value();
        if (latest == null || latest <= time) {
            return waitingCount();
        }
        long count = 0;
        for (Long since : waiting.values()) {
            if (since <= time) {
                count++;
            }
        }
        return count;
    }

    private long waitingCount() throws Exception {
        Long count = waitingCount.value();
        return count == null ? 0 : count;
    }

    private void setWaitingCount(long count) throws Exception {
        if (count == 0) {
            waitingCount.clear();
        } else {
            waitingCount.update(count);
        }
    }

    private static StateTtlConfig ttl(Duration memory) {
        return StateTtlConfig.newBuilder(memory)
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                .build();
    }
}
