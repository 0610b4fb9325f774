package io.undercurrent.jobs.generator;

import io.undercurrent.jobs.generator.PhraseBook.Voice;
import io.undercurrent.jobs.generator.RecentPosts.Ref;
import io.undercurrent.jobs.records.Post;
import io.undercurrent.nlp.SentimentLabel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Synthetic social traffic over simulated time: posts, replies and conversations in every micro-community of the
 * configuration, with day-night and weekly rhythms, engagement counts, staff answering complaints and the
 * scripted crisis. Pure computation: the same configuration and seed give the same posts, however the time span
 * is sliced into calls.
 *
 * <p>Time advances in one-second ticks; each tick draws new posts per micro-community from a Poisson law around
 * the current rate, adds the replies planned earlier (answers in conversations, staff replies, crisis updates)
 * and writes them out in time order. Not thread-safe.
 */
public final class TrafficGenerator {

    private static final long TICK_MILLIS = 1_000;
    private static final int REMEMBERED_POSTS = 200;
    private static final int MAX_CONVERSATION_DEPTH = 8;
    /** Chance that the author of a post answers a reply to it, which makes conversations go back and forth. */
    private static final double ANSWER_BACK_SHARE = 0.35;
    private static final double STAFF_REPLY_SHARE = 0.06;
    private static final double STAFF_REPLY_SHARE_IN_CRISIS = 0.15;
    private static final double INHERITED_SENTIMENT_SHARE = 0.5;
    private static final double RELIEF_SHARE = 0.5;
    private static final Comparator<PlannedPost> IN_TIME_ORDER =
            Comparator.comparingLong(PlannedPost::time).thenComparingLong(PlannedPost::order);

    private enum Kind { SPONTANEOUS, ANSWER_BACK, STAFF_REPLY, STAFF_UPDATE, STAFF_RESOLUTION }

    /** A post due at {@code time}; {@code order} keeps equal times in a fixed order. */
    private record PlannedPost(long time, long order, Micro micro, Kind kind, Ref parent, String author, int update) {}

    /** A micro-community's profile with its generation state. */
    private record Micro(int index, MicroCommunityProfile profile, AuthorPool authors, RecentPosts recent,
            double meanRate) {}

    private final GeneratorConfig config;
    private final CrisisScript crisis;
    private final Draws draws;
    private final TextComposer composer;
    private final List<Micro> micros = new ArrayList<>();
    private final PriorityQueue<PlannedPost> planned = new PriorityQueue<>(IN_TIME_ORDER);
    private final ArrayDeque<GeneratedPost> ready = new ArrayDeque<>();
    /** Each micro-community's rhythm multiplier, recomputed once a simulated minute (time zone maths is slow). */
    private final double[] rhythm;
    private long rhythmMinute = Long.MIN_VALUE;
    private long nextTick;
    private long cursor;
    private long sequence;
    private long planOrder;

    public TrafficGenerator(GeneratorConfig config, long seed) {
        this.config = config;
        this.crisis = config.crisis();
        this.draws = new Draws(seed);
        this.composer = new TextComposer(draws, crisis);
        this.rhythm = new double[config.microCommunities().size()];
        this.nextTick = config.startMillis();
        this.cursor = config.startMillis();
        double totalShare = config.microCommunities().stream().mapToDouble(MicroCommunityProfile::volumeShare).sum();
        Map<CommunityProfile, AuthorPool> pools = new HashMap<>();
        for (MicroCommunityProfile profile : config.microCommunities()) {
            AuthorPool authors = pools.computeIfAbsent(profile.community(), c -> new AuthorPool(c, draws));
            micros.add(new Micro(micros.size(), profile, authors, new RecentPosts(REMEMBERED_POSTS),
                    config.postsPerSecond() * profile.volumeShare() / totalShare));
        }
        if (crisis != null) {
            planCrisisAnnouncements();
        }
    }

    public GeneratorConfig config() {
        return config;
    }

    /** Simulated time up to which posts have been handed out (exclusive). */
    public long simulatedTime() {
        return cursor;
    }

    /** Hands out, in time order, every post created before {@code toMillis} not handed out yet. */
    public void generateUntil(long toMillis, Consumer<GeneratedPost> sink) {
        while (true) {
            while (!ready.isEmpty() && ready.peekFirst().post().createdAt < toMillis) {
                sink.accept(ready.pollFirst());
            }
            if (nextTick >= toMillis) {
                break;
            }
            generateTick();
        }
        cursor = Math.max(cursor, toMillis);
    }

    /** The posts created before {@code toMillis} not handed out yet, in time order. */
    public List<GeneratedPost> advanceTo(long toMillis) {
        List<GeneratedPost> posts = new ArrayList<>();
        generateUntil(toMillis, posts::add);
        return posts;
    }

    private void planCrisisAnnouncements() {
        Micro target = micros.stream().filter(m -> crisis.targets(m.profile())).findFirst().orElseThrow();
        for (int i = 0; i < crisis.staffUpdates().size(); i++) {
            plan(config.startMillis() + crisis.staffUpdateOffsetMillis(i), target, Kind.STAFF_UPDATE, null, null, i);
        }
        plan(config.startMillis() + crisis.endOffsetMillis(), target, Kind.STAFF_RESOLUTION, null, null, 0);
    }

    private void generateTick() {
        long tickEnd = nextTick + TICK_MILLIS;
        updateRhythm(nextTick);
        List<PlannedPost> due = new ArrayList<>();
        for (Micro micro : micros) {
            int count = draws.poisson(rate(micro, nextTick + TICK_MILLIS / 2) * TICK_MILLIS / 1000.0);
            for (int i = 0; i < count; i++) {
                due.add(new PlannedPost(nextTick + draws.below(TICK_MILLIS), planOrder++, micro, Kind.SPONTANEOUS,
                        null, null, 0));
            }
        }
        while (!planned.isEmpty() && planned.peek().time() < tickEnd) {
            due.add(planned.poll());
        }
        due.sort(IN_TIME_ORDER);
        nextTick = tickEnd;
        for (PlannedPost post : due) {
            ready.addLast(materialise(post));
        }
    }

    private void updateRhythm(long atMillis) {
        long minute = Math.floorDiv(atMillis, 60_000L);
        if (minute != rhythmMinute) {
            rhythmMinute = minute;
            long middle = minute * 60_000L + 30_000L;
            for (Micro micro : micros) {
                MicroCommunityProfile profile = micro.profile();
                rhythm[micro.index()] = profile.community().rhythm().multiplier(middle, profile.timeZone());
            }
        }
    }

    /** Posts per second in {@code micro} at simulated time {@code atMillis}. */
    private double rate(Micro micro, long atMillis) {
        double rate = micro.meanRate() * rhythm[micro.index()];
        return isCrisisTarget(micro) ? rate * crisis.volumeMultiplier(atMillis - config.startMillis()) : rate;
    }

    private GeneratedPost materialise(PlannedPost planned) {
        Micro micro = planned.micro();
        long offset = planned.time() - config.startMillis();
        double intensity = isCrisisTarget(micro) ? crisis.intensity(offset) : 0;
        double aftermath = isCrisisTarget(micro) ? crisis.aftermath(offset) : 0;
        List<String> staff = micro.profile().community().staffHandles();

        Ref parent;
        String author;
        SentimentLabel sentiment;
        String language = "en";
        String text;
        switch (planned.kind()) {
            case STAFF_UPDATE -> {
                parent = null;
                author = staff.get(0);
                sentiment = SentimentLabel.NEUTRAL;
                text = crisis.staffUpdates().get(planned.update());
            }
            case STAFF_RESOLUTION -> {
                parent = null;
                author = staff.get(0);
                sentiment = SentimentLabel.POSITIVE;
                text = crisis.resolution();
            }
            case STAFF_REPLY -> {
                parent = planned.parent();
                author = draws.pick(staff);
                sentiment = SentimentLabel.NEUTRAL;
                text = intensity > 0
                        ? "@" + parent.author() + " " + crisis.currentStaffUpdate(offset)
                        : composer.compose(micro.profile(), Voice.STAFF_REPLY, sentiment, language, parent.author());
            }
            default -> {
                boolean answerBack = planned.kind() == Kind.ANSWER_BACK;
                parent = answerBack ? planned.parent() : pickParent(micro);
                author = answerBack ? planned.author() : micro.authors().draw(draws, micro.index());
                language = draws.chance(config.nonEnglishShare()) ? draws.pick(PhraseBook.NON_ENGLISH_LANGUAGES) : "en";
                Voice voice;
                if (aftermath > 0 && draws.chance(RELIEF_SHARE * aftermath)) {
                    voice = Voice.RELIEF;
                    sentiment = SentimentLabel.POSITIVE;
                } else {
                    sentiment = memberSentiment(micro, parent, intensity);
                    voice = answerBack ? Voice.FOLLOW_UP : parent == null ? Voice.ROOT : Voice.REPLY;
                    if (sentiment == SentimentLabel.NEGATIVE && intensity > 0 && draws.chance(intensity)) {
                        voice = parent == null ? Voice.COMPLAINT : Voice.COMPLAINT_REPLY;
                    }
                }
                text = composer.compose(micro.profile(), voice, sentiment, language,
                        parent == null ? null : parent.author());
            }
        }

        Post post = post(micro, planned.time(), parent, author, text, language, intensity, planned.kind());
        boolean isStaff = planned.kind() != Kind.SPONTANEOUS && planned.kind() != Kind.ANSWER_BACK;
        Ref ref = new Ref(post.id, post.threadId, author, sentiment, isStaff, parent == null ? 0 : parent.depth() + 1);
        micro.recent().add(ref);
        if (!isStaff) {
            planAnswers(micro, planned.time(), ref, parent, intensity > 0);
        }
        return new GeneratedPost(post, language, sentiment, isCrisisTarget(micro) && crisis.inCrisis(offset));
    }

    private Ref pickParent(Micro micro) {
        boolean reply = !micro.recent().isEmpty() && draws.chance(micro.profile().community().replyShare());
        return reply ? micro.recent().pick(draws) : null;
    }

    /** The micro-community's mood, darkened by the crisis; replies often echo the post they answer. */
    private SentimentLabel memberSentiment(Micro micro, Ref parent, double intensity) {
        if (parent != null && !parent.staff() && draws.chance(INHERITED_SENTIMENT_SHARE)) {
            return parent.sentiment();
        }
        SentimentMix mood = micro.profile().mood();
        if (intensity > 0) {
            mood = mood.towardsNegative(CrisisScript.PEAK_NEGATIVE_SHARE, intensity);
        }
        return mood.label(draws.uniform());
    }

    /** Plans the author of {@code parent} answering back, and staff answering complaints, after human delays. */
    private void planAnswers(Micro micro, long time, Ref post, Ref parent, boolean inCrisis) {
        if (parent != null && !parent.staff() && !parent.author().equals(post.author())
                && post.depth() < MAX_CONVERSATION_DEPTH && draws.chance(ANSWER_BACK_SHARE)) {
            long delay = 5_000 + (long) draws.exponential(90_000);
            plan(time + delay, micro, Kind.ANSWER_BACK, post, parent.author(), 0);
        }
        if (post.sentiment() == SentimentLabel.NEGATIVE
                && draws.chance(inCrisis ? STAFF_REPLY_SHARE_IN_CRISIS : STAFF_REPLY_SHARE)) {
            long delay = inCrisis
                    ? 60_000 + draws.below(240_000L)
                    : 120_000 + (long) draws.exponential(480_000);
            plan(time + delay, micro, Kind.STAFF_REPLY, post, null, 0);
        }
    }

    private void plan(long time, Micro micro, Kind kind, Ref parent, String author, int update) {
        // Never into a tick already written out: such a post would be lost.
        planned.add(new PlannedPost(Math.max(time, nextTick), planOrder++, micro, kind, parent, author, update));
    }

    private Post post(Micro micro, long createdAt, Ref parent, String author, String text, String language,
            double intensity, Kind kind) {
        MicroCommunityProfile profile = micro.profile();
        CommunityProfile community = profile.community();
        Post post = new Post();
        post.id = PostAddress.id(profile, sequence++, createdAt, parent == null);
        post.platform = community.platform();
        post.community = community.community();
        post.microCommunity = profile.name();
        post.author = author;
        post.text = text;
        // Of these platforms only Mastodon reports a language.
        post.language = community.platform().equals("mastodon") ? language : null;
        post.createdAt = createdAt;
        post.parentId = parent == null ? null : parent.id();
        post.threadId = parent == null ? post.id : parent.threadId();
        post.url = PostAddress.url(profile, post.id, post.threadId, author);
        addEngagement(post, parent == null, intensity, kind);
        return post;
    }

    /** Likes, replies and shares: heavy-tailed, higher for thread starters, complaints in a crisis and staff news. */
    private void addEngagement(Post post, boolean root, double intensity, Kind kind) {
        double mu = switch (post.platform) {
            case "reddit" -> 1.6;
            case "mastodon" -> 1.0;
            case "discourse" -> 0.8;
            default -> 0.6;
        };
        mu += (root ? 0.5 : 0) + 0.8 * intensity
                + (kind == Kind.STAFF_UPDATE || kind == Kind.STAFF_RESOLUTION ? 2.5 : 0);
        post.likes = draws.heavyTailed(mu, 1.3);
        post.replies = draws.heavyTailed(root ? mu - 0.5 : mu - 1.5, 1.1);
        post.shares = switch (post.platform) {
            case "mastodon" -> draws.heavyTailed(mu - 0.8, 1.3);
            case "reddit" -> draws.heavyTailed(mu - 2.5, 1.0);
            default -> 0;
        };
    }

    private boolean isCrisisTarget(Micro micro) {
        return crisis != null && crisis.targets(micro.profile());
    }
}
