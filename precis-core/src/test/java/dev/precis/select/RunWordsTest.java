package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-read words of {@link RunWords} are the matches of the expression they stand for. */
class RunWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’\\-]*\\.?");

    @Test
    void wordsAreTheExpressionsMatches() {
        List<String> texts = new ArrayList<>();
        for (Sentence s : TestClusters.aleppo().sentences()) texts.add(s.text());
        texts.addAll(List.of("", "Jean-Luc O’Neill's aide, Mr. D.J. Smith, said: “No.”", "Jose\u0301 Nu\u0303ez 3rd-place",
                "\uD835\uDC00bc and x\uD800y", "--'a'b.c..d", "ʼAbd al-Rahman ١٢ Ελλάδα."));
        for (String t : texts) assertThat(RunWords.words(t)).as(t).isEqualTo(matches(t));
    }

    /** The possessive read on the characters is the lower-case word's {@code endsWith("'s")}, "’s", "'" or "’". */
    @Test
    void possessiveEndsAreTheLowerCaseWordsEnds() {
        for (String w : List.of("Kinkade's", "Kinkade’s", "KINKADE'S", "KINKADE’S", "Rawlins'", "Rawlins’", "'s", "’S", "s", "S", "'",
                "Jones", "Jon's.", "Ross", "Mrs.", "O’Neill", "Alİs", "Aİ's", "Σ's", "x'ſ", "Ab'SS")) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            boolean expected = lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("'") || lower.endsWith("’");
            String sentence = "(" + w + ")";
            assertThat(RunWords.endsPossessive(sentence, 1, 1 + w.length())).as(w).isEqualTo(expected);
        }
    }

    private static List<String> matches(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) out.add(m.group());
        return out;
    }
}
