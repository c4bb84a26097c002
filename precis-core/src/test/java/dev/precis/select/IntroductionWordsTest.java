package dev.precis.select;

import dev.precis.TestClusters;
import dev.precis.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-read words of {@link Introductions} are the matches of the expression they stand for. */
class IntroductionWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’\\-]*\\.?");

    @Test
    void wordsAreTheExpressionsMatches() {
        List<String> texts = new ArrayList<>();
        for (Sentence s : TestClusters.aleppo().sentences()) texts.add(s.text());
        texts.addAll(List.of("", "Jean-Luc O’Neill's aide, Mr. D.J. Smith, said: “No.”", "Jose\u0301 Nu\u0303ez 3rd-place",
                "\uD835\uDC00bc and x\uD800y", "--'a'b.c..d", "ʼAbd al-Rahman ١٢ Ελλάδα."));
        for (String t : texts) assertThat(Introductions.words(t)).as(t).isEqualTo(matches(t));
    }

    private static List<String> matches(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) out.add(m.group());
        return out;
    }
}
