package io.undercurrent.nlp.lang;

import io.undercurrent.nlp.text.Token;
import io.undercurrent.nlp.text.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells English from other languages, cheaply: by writing system first, then by function words. Short posts with no
 * evidence either way are taken as English, since a stream of English posts must not lose its short ones
 * ("@united thanks!"). Thread-safe.
 */
public final class LanguageDetector {

    public static final String ENGLISH = "en";
    public static final String UNDETERMINED = "und";

    /** Function words of each language that are not also common English words. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.ofEntries(
            Map.entry(ENGLISH, words("the", "and", "is", "are", "was", "were", "you", "your", "it", "this", "that",
                    "of", "to", "for", "with", "have", "has", "not", "what", "my", "we", "they", "be", "been", "will",
                    "just", "can", "from", "at", "on", "but", "so", "me", "i", "i'm", "it's", "don't", "a", "an",
                    "in", "or", "if", "do", "no", "our", "get", "all", "about", "thanks", "there", "would", "any")),
            Map.entry("es", words("el", "la", "en", "de", "un", "los", "las", "una", "del", "que", "y", "es", "por", "para", "con", "pero",
                    "muy", "está", "esta", "como", "más", "mas", "lo", "su", "al", "se", "mi", "yo", "tu", "qué",
                    "también", "porque", "hay", "nos", "sin", "cuando", "todo", "ya", "gracias", "hola", "ser",
                    "fue", "son", "este", "eso", "ella", "ellos", "uno", "hoy")),
            Map.entry("pt", words("de", "os", "uma", "um", "não", "nao", "que", "com", "para", "por", "mas", "muito",
                    "está", "como", "mais", "ele", "ela", "seu", "sua", "também", "porque", "isso", "isto", "você",
                    "voce", "eu", "nós", "ao", "aos", "das", "dos", "da", "do", "na", "nas", "nos", "em", "é",
                    "obrigado", "obrigada", "são", "foi", "tem", "já", "ou")),
            Map.entry("fr", words("le", "la", "en", "de", "un", "les", "des", "une", "est", "et", "pour", "dans", "avec", "pas", "mais",
                    "très", "sur", "qui", "que", "du", "au", "aux", "ce", "cette", "sont", "je", "tu", "il", "elle",
                    "nous", "vous", "ils", "c'est", "j'ai", "merci", "bonjour", "aussi", "ça", "être", "avoir",
                    "fait", "mon", "ma", "mes", "ton", "leur", "ou", "où", "qu'il", "été")),
            Map.entry("de", words("der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "einen", "dem",
                    "den", "zu", "auf", "für", "von", "sich", "auch", "es", "ich", "du", "wir", "ihr", "sie", "aber",
                    "sehr", "noch", "nur", "oder", "wie", "wenn", "mein", "dein", "danke", "heute", "hier", "schon",
                    "bin", "sind", "war", "hat", "haben", "kann", "werden", "wird", "über", "ja", "nein")),
            Map.entry("it", words("il", "la", "un", "gli", "della", "delle", "che", "di", "è", "per", "con", "non", "ma",
                    "molto", "sono", "una", "uno", "del", "nel", "nella", "questo", "questa", "anche", "come",
                    "più", "io", "tu", "lui", "lei", "noi", "voi", "loro", "grazie", "ciao", "perché", "essere",
                    "ho", "hai", "ha", "abbiamo", "sei", "mi", "ti", "ci", "si", "oggi")),
            Map.entry("nl", words("de", "het", "een", "en", "van", "niet", "met", "voor", "zijn", "maar", "ook",
                    "dat", "die", "wat", "ik", "je", "jij", "wij", "we", "hij", "zij", "naar", "bij", "nog", "wel",
                    "geen", "dan", "dit", "heb", "heeft", "hebben", "was", "werd", "worden", "kan", "mijn",
                    "bedankt", "vandaag", "er", "al", "om", "uit", "zo")),
            Map.entry("sv", words("och", "att", "det", "som", "en", "är", "på", "för", "med", "inte", "jag", "du",
                    "han", "hon", "vi", "ni", "de", "men", "till", "av", "om", "har", "var", "kan", "ska", "mycket",
                    "tack", "idag", "den", "ett", "från", "också")),
            Map.entry("tr", words("ve", "bir", "bu", "da", "de", "için", "ile", "çok", "ama", "ne", "gibi", "daha",
                    "ben", "sen", "biz", "siz", "onlar", "var", "yok", "değil", "olarak", "teşekkürler", "mi", "mı")),
            Map.entry("id", words("dan", "yang", "di", "ini", "itu", "dengan", "untuk", "tidak", "ada", "saya",
                    "kamu", "kami", "mereka", "akan", "sudah", "juga", "dari", "ke", "tapi", "bisa", "karena",
                    "terima", "kasih", "sangat", "belum")),
            Map.entry("pl", words("nie", "się", "jest", "że", "na", "do", "to", "jak", "ale", "czy", "jestem",
                    "bardzo", "tak", "już", "dla", "przez", "ten", "ta", "są", "dziękuję", "mam", "może", "tylko")));

    /** Counted as evidence only when they are not English too ("a", "in", "die", "son" would mislead). */
    private static final Set<String> ENGLISH_HOMOGRAPHS = words("a", "in", "on", "i", "me", "no", "do", "so", "is",
            "die", "son", "he", "has", "was", "we", "we", "am", "an", "be", "at", "to", "it", "or", "of", "for",
            "hat", "war", "bin", "den", "ten", "mi", "ha", "al", "ma", "hai", "mist", "also", "will", "van", "dan",
            "men", "hon", "var", "ne", "da", "ti", "ci", "si", "ta", "tak", "om", "ja", "ile", "bit", "ke",
            "ada", "ya", "ya", "ik", "dat", "dit", "wat", "een", "ver", "bu", "ben", "sen", "bir", "ho", "ou", "os",
            "um", "em", "eu", "na", "nas", "nos", "tu", "se", "lo", "con", "ser", "son", "mas", "are", "les",
            "est", "et", "pas", "sur", "du", "au", "ce", "il", "elle", "ton", "fait", "ils", "die", "das", "ich",
            "sie", "es", "oder", "hier", "mit", "ein", "and", "the", "kan", "ni", "hand", "con", "per", "come",
            "lei", "noi", "voi", "uno", "une", "do", "hi", "ok", "why", "van", "over", "bij", "als", "alle", "door",
            "on", "wel", "pour", "par", "dans", "one", "all", "ya", "yang", "ye", "ala", "ci", "mam", "may");

    private static final int MIN_FOREIGN_EVIDENCE = 2;
    /** Each function word to the languages it counts for (English homographs count for English only). */
    private static final Map<String, List<String>> VOTES_BY_WORD = votesByWord();
    /** Code points below this are Latin letters, digits or punctuation: no script lookup needed. */
    private static final int LATIN_END = 0x250;

    private static Map<String, List<String>> votesByWord() {
        Map<String, List<String>> votes = new HashMap<>();
        FUNCTION_WORDS.forEach((language, words) -> {
            boolean english = language.equals(ENGLISH);
            for (String word : words) {
                if (english || !ENGLISH_HOMOGRAPHS.contains(word)) {
                    votes.computeIfAbsent(word, w -> new ArrayList<>()).add(language);
                }
            }
        });
        Map<String, List<String>> frozen = new HashMap<>();
        votes.forEach((word, languages) -> frozen.put(word, List.copyOf(languages)));
        return Map.copyOf(frozen);
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    public String detect(List<Token> tokens) {
        int latin = 0;
        Map<Character.UnicodeScript, Integer> otherScripts = new HashMap<>();
        Map<String, Integer> votes = new HashMap<>();
        Set<String> voted = new HashSet<>(); // a repeated word ("La La") is no more evidence than one
        for (Token token : tokens) {
            if (token.kind() != TokenKind.WORD) {
                continue;
            }
            String text = token.text();
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (codePoint < LATIN_END) {
                    latin += Character.isLetter(codePoint) ? 1 : 0;
                    continue;
                }
                if (!Character.isLetter(codePoint)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
                if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    otherScripts.merge(script, lettersWorth(script), Integer::sum);
                }
            }
            if (voted.add(token.norm())) {
                vote(token.norm(), votes);
            }
        }
        int other = otherScripts.values().stream().mapToInt(Integer::intValue).sum();
        if (other > 0 && other >= latin) {
            Character.UnicodeScript top = otherScripts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .orElseThrow().getKey();
            boolean kana = otherScripts.containsKey(Character.UnicodeScript.HIRAGANA)
                    || otherScripts.containsKey(Character.UnicodeScript.KATAKANA);
            return kana ? "ja" : languageOfScript(top);
        }
        return fromFunctionWords(votes);
    }

    private static void vote(String word, Map<String, Integer> votes) {
        List<String> languages = VOTES_BY_WORD.get(word);
        if (languages != null) {
            for (String language : languages) {
                votes.merge(language, 1, Integer::sum);
            }
        }
    }

    private static String fromFunctionWords(Map<String, Integer> votes) {
        int english = votes.getOrDefault(ENGLISH, 0);
        String best = ENGLISH;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (!vote.getKey().equals(ENGLISH) && vote.getValue() > bestVotes) {
                best = vote.getKey();
                bestVotes = vote.getValue();
            }
        }
        return bestVotes >= MIN_FOREIGN_EVIDENCE && bestVotes > english ? best : ENGLISH;
    }

    /** A CJK character carries about a word, a Latin letter a fifth of one: weigh scripts alike. */
    private static int lettersWorth(Character.UnicodeScript script) {
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> 3;
            default -> 1;
        };
    }

    private static String languageOfScript(Character.UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> "ru";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case GREEK -> "el";
            case HAN -> "zh";
            case HANGUL -> "ko";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            default -> UNDETERMINED;
        };
    }
}
