package io.undercurrent.jobs.generator;

import io.undercurrent.jobs.generator.PhraseBook.Voice;
import io.undercurrent.nlp.SentimentLabel;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes post texts from {@link PhraseBook} templates, dressed the way each platform's posts look. */
final class TextComposer {

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)}");
    private static final double OPENER_SHARE = 0.10;
    private static final double TAIL_SHARE = 0.35;
    private static final double MASTODON_TAG_FIRST_SHARE = 0.3;

    private final Draws draws;
    private final CrisisScript crisis;

    /** {@code crisis} fills the complaint and relief slots; null when there is no crisis. */
    TextComposer(Draws draws, CrisisScript crisis) {
        this.draws = draws;
        this.crisis = crisis;
    }

    /**
     * A text in {@code language} ("en", or one of {@link PhraseBook#NON_ENGLISH_LANGUAGES}).
     *
     * @param addressee author being replied to, or null for a post that starts a conversation
     */
    String compose(MicroCommunityProfile micro, Voice voice, SentimentLabel sentiment, String language,
            String addressee) {
        String text;
        if ("en".equals(language)) {
            text = fill(draws.pick(PhraseBook.english(voice, sentiment, micro.software())), micro);
            if ((voice == Voice.ROOT || voice == Voice.REPLY) && draws.chance(OPENER_SHARE)) {
                text = draws.pick(PhraseBook.OPENERS) + lowerFirst(text, micro);
            }
            if (voice != Voice.STAFF_REPLY && draws.chance(TAIL_SHARE)) {
                text = text + " " + draws.pick(PhraseBook.TAILS.get(sentiment));
            }
        } else {
            text = fill(draws.pick(PhraseBook.otherLanguage(language, sentiment)), micro);
        }
        return addressed(hashtagged(text, micro), micro, voice, addressee);
    }

    private String fill(String template, MicroCommunityProfile micro) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            String name = slot.group(1);
            String value = slotValue(name.toLowerCase(Locale.ROOT), micro);
            if (Character.isUpperCase(name.charAt(0))) {
                value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
            }
            slot.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        slot.appendTail(out);
        return out.toString();
    }

    private String slotValue(String slot, MicroCommunityProfile micro) {
        return switch (slot) {
            case "thing" -> draws.pick(micro.subjects());
            case "product" -> micro.community().product();
            case "staff" -> "@" + draws.pick(micro.community().staffHandles());
            case "complaint" -> draws.pick(requireCrisis().complaints());
            case "relief" -> draws.pick(requireCrisis().relief());
            default -> throw new IllegalArgumentException("Unknown slot {" + slot + "}");
        };
    }

    private CrisisScript requireCrisis() {
        if (crisis == null) {
            throw new IllegalStateException("Crisis phrases asked for without a crisis script");
        }
        return crisis;
    }

    /** Mastodon micro-communities are hashtags, so every post carries its tag; elsewhere tags are occasional. */
    private String hashtagged(String text, MicroCommunityProfile micro) {
        CommunityProfile community = micro.community();
        if (community.platform().equals("mastodon")) {
            String tag = "#" + micro.name();
            return draws.chance(MASTODON_TAG_FIRST_SHARE) ? tag + " " + text : text + " " + tag;
        }
        double share = community.platform().equals("reddit") ? 0.03 : 0.12;
        if (!community.hashtags().isEmpty() && draws.chance(share)) {
            return text + " " + draws.pick(community.hashtags());
        }
        return text;
    }

    /** Replies mention the person answered as each platform's users do: always on Mastodon, sometimes elsewhere. */
    private String addressed(String text, MicroCommunityProfile micro, Voice voice, String addressee) {
        if (addressee == null) {
            return text;
        }
        double share = switch (micro.community().platform()) {
            case "mastodon" -> 1.0;
            case "discord" -> 0.3;
            case "discourse" -> 0.2;
            default -> 0.05;
        };
        return voice == Voice.STAFF_REPLY || draws.chance(share) ? "@" + addressee + " " + text : text;
    }

    /** Lower-cases the first letter after an opener, unless the text starts with a name or "I". */
    private static String lowerFirst(String text, MicroCommunityProfile micro) {
        if (text.startsWith(micro.community().product()) || text.startsWith("I ") || text.startsWith("I'")) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
