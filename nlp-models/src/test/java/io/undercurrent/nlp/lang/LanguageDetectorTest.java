package io.undercurrent.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.undercurrent.nlp.eval.DatasetFormat;
import io.undercurrent.nlp.eval.LabelledPost;
import io.undercurrent.nlp.lexicon.ValenceLexicon;
import io.undercurrent.nlp.text.SocialTokenizer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final SocialTokenizer tokenizer = new SocialTokenizer(ValenceLexicon.load().emoticons());
    private final LanguageDetector detector = new LanguageDetector();

    private String detect(String text) {
        return detector.detect(tokenizer.tokenize(text));
    }

    @Test
    void detectsCommonLatinScriptLanguages() {
        assertThat(detect("Hoy el vuelo llegó tarde y no hay nadie para ayudar con las maletas")).isEqualTo("es");
        assertThat(detect("Le vol est en retard et je suis très fatigué, merci pour rien")).isEqualTo("fr");
        assertThat(detect("Der Zug ist schon wieder zu spät und ich bin sehr müde")).isEqualTo("de");
        assertThat(detect("O voo está atrasado e não tem ninguém para ajudar")).isEqualTo("pt");
        assertThat(detect("Il volo è in ritardo e non c'è nessuno per aiutare")).isEqualTo("it");
    }

    @Test
    void detectsOtherScripts() {
        assertThat(detect("Самолёт опять задерживается")).isEqualTo("ru");
        assertThat(detect("飛行機がまた遅れています")).isEqualTo("ja");
        assertThat(detect("비행기가 또 지연되었습니다")).isEqualTo("ko");
        assertThat(detect("الرحلة متأخرة مرة أخرى")).isEqualTo("ar");
        assertThat(detect("という経緯でFolding@homeの存在を知った。")).isEqualTo("ja"); // CJK mixed with Latin
    }

    @Test
    void shortAndSloppyEnglishStaysEnglish() {
        assertThat(detect("@united thanks!")).isEqualTo("en");
        assertThat(detect("lol same")).isEqualTo("en");
        assertThat(detect("de nada")).isEqualTo("en"); // too little evidence to leave English
        assertThat(detect("gate B12 🙄")).isEqualTo("en");
        assertThat(detect("Flight 1133 \"Blue La La\" departs to San Juan")).isEqualTo("en"); // one word, once
    }

    @Test
    void noEnglishPostOfTheShippedSamplesIsMarkedForeign() throws Exception {
        for (String sample : new String[] {"social.tsv", "prose.tsv", "lingo-train.tsv"}) {
            Path file = Path.of(getClass().getResource("/sentiment/" + sample).toURI());
            for (LabelledPost post : DatasetFormat.TSV.read(file).posts()) {
                assertThat(detect(post.text())).as(post.text()).isEqualTo("en");
            }
        }
    }
}
