package io.undercurrent.jobs.generator;

import static io.undercurrent.nlp.SentimentLabel.NEGATIVE;
import static io.undercurrent.nlp.SentimentLabel.NEUTRAL;
import static io.undercurrent.nlp.SentimentLabel.POSITIVE;

import io.undercurrent.nlp.SentimentLabel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The phrase templates generated texts are made of. Slots: {thing} (a subject of the micro-community),
 * {product}, {staff} (a staff mention), {complaint} and {relief} (from the crisis script); a capitalised slot name
 * capitalises the value. Positive templates use plainly positive words, negative ones plainly negative words and
 * no negations of positive words, neutral ones neither, so a lexicon-based engine reads them as intended.
 */
final class PhraseBook {

    /** What a text does in a conversation. */
    enum Voice {
        ROOT, REPLY, FOLLOW_UP, COMPLAINT, COMPLAINT_REPLY, RELIEF, STAFF_REPLY
    }

    private static final Map<Voice, Map<SentimentLabel, List<String>>> ENGLISH = new EnumMap<>(Voice.class);
    /** Extra templates for communities that talk about software: bugs, versions, settings. */
    private static final Map<Voice, Map<SentimentLabel, List<String>>> SOFTWARE = new EnumMap<>(Voice.class);
    private static final Map<Voice, Map<SentimentLabel, List<String>>> ENGLISH_FOR_SOFTWARE;
    private static final Map<String, Map<SentimentLabel, List<String>>> OTHER_LANGUAGES = Map.of(
            "es", Map.of(
                    POSITIVE, List.of("¡Me encanta {product}! Muy buen trabajo",
                            "Qué bien funciona todo últimamente, gracias",
                            "Increíble, estoy muy contento con {product}"),
                    NEGATIVE, List.of("{product} no funciona otra vez, qué desastre",
                            "Estoy muy decepcionado con {product}",
                            "Horrible, otra vez el mismo problema con {product}"),
                    NEUTRAL, List.of("¿Alguien sabe cuándo sale la próxima versión?",
                            "¿Dónde puedo encontrar más información sobre {product}?",
                            "Pregunta: ¿esto funciona igual en todos los países?")),
            "de", Map.of(
                    POSITIVE, List.of("Ich liebe {product}, richtig gut gemacht!",
                            "Super, danke an das ganze Team",
                            "Echt toll, wie gut das jetzt läuft"),
                    NEGATIVE, List.of("{product} ist schon wieder kaputt. Echt ärgerlich",
                            "Sehr enttäuscht von {product} in letzter Zeit",
                            "Furchtbar, schon wieder das gleiche Problem"),
                    NEUTRAL, List.of("Weiß jemand, wann das nächste Update kommt?",
                            "Gibt es dazu irgendwo eine Anleitung?",
                            "Frage: gilt das auch für ältere Versionen?")),
            "fr", Map.of(
                    POSITIVE, List.of("J'adore {product}, super boulot !",
                            "Très bonne nouvelle, merci à toute l'équipe",
                            "Génial, tout marche parfaitement"),
                    NEGATIVE, List.of("{product} ne marche plus, c'est nul",
                            "Vraiment déçu par {product} ces derniers temps",
                            "Encore le même problème, c'est insupportable"),
                    NEUTRAL, List.of("Quelqu'un sait quand sort la prochaine version ?",
                            "Où est-ce qu'on trouve la documentation ?",
                            "Question : est-ce que ça marche pareil partout ?")));

    static final List<String> NON_ENGLISH_LANGUAGES = List.of("es", "de", "fr");

    static final Map<SentimentLabel, List<String>> TAILS = Map.of(
            POSITIVE, List.of("🔥", "🙌", "❤️", "😍", "🎉", "👏", ":)", "lol", "10/10", "lets gooo", "fr"),
            NEGATIVE, List.of("😡", "😤", "🙄", "😩", "👎", ":(", "smh", "ffs"),
            NEUTRAL, List.of("🤔", "👀", "fwiw", "btw"));

    static final List<String> OPENERS = List.of("Ngl ", "Tbh ", "Ok so ", "Hmm, ");

    static {
        ENGLISH.put(Voice.ROOT, Map.of(
                POSITIVE, List.of(
                        "Just tried {thing} and I love it",
                        "{Thing} is honestly amazing, great work",
                        "Huge thanks to the team for {thing}, it's fantastic",
                        "{Product} keeps getting better. {Thing} is awesome",
                        "So happy with {thing} right now",
                        "Really impressed by {thing}. Best thing in a long time",
                        "Loving {thing} so far, nice job everyone",
                        "Shoutout to whoever made {thing}, it's brilliant",
                        "Had a great time with {thing} today",
                        "{Thing} is beautiful, well done",
                        "{Thing} is excellent, exactly what I wanted",
                        "Wow, {thing} is so good",
                        "{Thing} made my day, thank you"),
                NEGATIVE, List.of(
                        "Right now {thing} is terrible",
                        "Really disappointed with {thing}",
                        "Why is {thing} so bad? This is awful",
                        "I hate what happened to {thing}",
                        "{Thing} is the worst thing about {product} lately",
                        "{Thing} is a complete mess. Horrible",
                        "So annoyed with {thing} today",
                        "{Thing} is such a letdown, really sad",
                        "Ugh, {thing} is awful today",
                        "Sick of {thing}. Terrible all round",
                        "{Thing} ruined my whole week. Awful"),
                NEUTRAL, List.of(
                        "Question about {thing}: where can I read more?",
                        "Has anyone else looked into {thing}?",
                        "Looking for more info on {thing}",
                        "Any news on {thing}?",
                        "Can someone explain how {thing} works?",
                        "Posting some notes on {thing} for reference",
                        "What do people here think of {thing}?",
                        "Where is the thread about {thing}?",
                        "Thinking about {thing} this week",
                        "Is {thing} the same for everyone?")));
        ENGLISH.put(Voice.REPLY, Map.of(
                POSITIVE, List.of(
                        "Same here, {thing} is great",
                        "This! Totally right, awesome post",
                        "Thanks, that was really useful",
                        "Glad it works for you too",
                        "Great point, thanks for sharing",
                        "Love this, well said",
                        "Nice, congrats!"),
                NEGATIVE, List.of(
                        "Same problem here, it's awful",
                        "Yeah it's terrible for me too",
                        "Can confirm, {thing} is a mess for me as well",
                        "Really disappointing, same here",
                        "Sadly the same for me. So annoying",
                        "This is the worst part, exactly",
                        "Ugh, same. Hate it"),
                NEUTRAL, List.of(
                        "Do you have a link?",
                        "Where was that?",
                        "Following, I have the same question",
                        "When was this?",
                        "Which one do you mean?",
                        "Check the pinned post, it's explained there")));
        ENGLISH.put(Voice.FOLLOW_UP, Map.of(
                POSITIVE, List.of(
                        "Thanks, that worked!",
                        "Oh nice, thank you!",
                        "Great tip, thanks a lot",
                        "Perfect, appreciate it"),
                NEGATIVE, List.of(
                        "Tried that, still the same. So frustrating",
                        "Nope, still awful for me",
                        "That did nothing, this is ridiculous"),
                NEUTRAL, List.of(
                        "I already tried that",
                        "Ok, I'll check later",
                        "The latest one I think",
                        "It was in the second post")));
        ENGLISH.put(Voice.COMPLAINT, Map.of(NEGATIVE, List.of(
                "{Complaint}. Terrible, just terrible",
                "{Complaint}. Absolutely ridiculous",
                "{Complaint} and nobody answers. Useless",
                "Seriously {product}? {Complaint}. Awful service",
                "{Complaint}!! Worst app ever",
                "Is anyone else furious? {Complaint}",
                "{Complaint}. Not the first time either, this is a disaster",
                "So angry right now. {Complaint}",
                "{staff} {complaint}. Fix this mess",
                "{Complaint}. Thinking of closing my account, this is awful")));
        ENGLISH.put(Voice.COMPLAINT_REPLY, Map.of(NEGATIVE, List.of(
                "Same here, {complaint}. Awful",
                "Me too. {Complaint}. Ridiculous",
                "Yep, {complaint}. Worst week ever",
                "Can confirm, {complaint}. So angry")));
        ENGLISH.put(Voice.RELIEF, Map.of(POSITIVE, List.of(
                "{Relief}, finally! Thanks for the quick fix",
                "{Relief}. Great job {staff}",
                "Good news: {relief}. Thank you",
                "{Relief}, impressed with how fast that was",
                "{Relief}, thanks team!")));
        ENGLISH.put(Voice.STAFF_REPLY, Map.of(NEUTRAL, List.of(
                "we're looking into this now. Could you send us a DM with your account details?",
                "we've passed this to the team and will update this thread.",
                "which version are you using? We'll check it.",
                "could you send us a screenshot by DM? The team will take a look.")));

        SOFTWARE.put(Voice.ROOT, Map.of(
                POSITIVE, List.of(
                        "{Thing} works perfectly now, thank you!",
                        "The update to {thing} is great, thanks devs"),
                NEGATIVE, List.of(
                        "{Thing} is broken again. So frustrating",
                        "{Thing} keeps failing and it's driving me crazy",
                        "{Thing} crashed again and I lost my progress. Furious",
                        "{Thing} is painfully slow and buggy. Awful"),
                NEUTRAL, List.of(
                        "Which setting controls {thing}?",
                        "How does {thing} work with the older version?",
                        "Is {thing} available in the EU yet?")));
        SOFTWARE.put(Voice.REPLY, Map.of(
                NEUTRAL, List.of(
                        "Which version are you on?",
                        "Which platform are you using?",
                        "I think it's in the settings menu")));
        SOFTWARE.put(Voice.FOLLOW_UP, Map.of(
                POSITIVE, List.of("Perfect, that solved it, thanks"),
                NEUTRAL, List.of("Version 2.3 on Android", "The desktop one, on Windows")));
        ENGLISH_FOR_SOFTWARE = withSoftware();
    }

    private PhraseBook() {}

    /** English templates for a voice and sentiment, software ones included when {@code software}. */
    static List<String> english(Voice voice, SentimentLabel sentiment, boolean software) {
        List<String> templates = (software ? ENGLISH_FOR_SOFTWARE : ENGLISH).get(voice).get(sentiment);
        if (templates == null) {
            throw new IllegalArgumentException("No " + sentiment + " phrases for " + voice);
        }
        return templates;
    }

    private static Map<Voice, Map<SentimentLabel, List<String>>> withSoftware() {
        Map<Voice, Map<SentimentLabel, List<String>>> merged = new EnumMap<>(Voice.class);
        ENGLISH.forEach((voice, bySentiment) -> {
            Map<SentimentLabel, List<String>> extra = SOFTWARE.getOrDefault(voice, Map.of());
            Map<SentimentLabel, List<String>> combined = new EnumMap<>(SentimentLabel.class);
            bySentiment.forEach((sentiment, templates) -> combined.put(sentiment, Stream.concat(templates.stream(),
                    extra.getOrDefault(sentiment, List.of()).stream()).toList()));
            merged.put(voice, combined);
        });
        return merged;
    }

    static List<String> otherLanguage(String language, SentimentLabel sentiment) {
        return OTHER_LANGUAGES.get(language).get(sentiment);
    }
}
