package dev.precis.evidence.quantities;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorsTest {
    /** The pattern the scanner stands for. */
    private static final Pattern CAPITAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]+");

    private static List<String> scanned(String t) {
        List<String> out = new ArrayList<>();
        Anchors.Capitals c = new Anchors.Capitals(t);
        while (c.next()) out.add(c.start() + ":" + c.word());
        return out;
    }

    private static List<String> matched(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITAL.matcher(t);
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    @Test
    void capitalisedWordsAreWhatThePatternFinds() {
        for (String t : List.of(
                "Rebels in Aleppo and al-Assad's forces met O'Brien near McDonald’s in East-Ghouta.",
                "A US-led 3Rd strike hit X and Ab, then ÉCOLE Zürich ǅemal ⅫRoman 𝐀bc aB Cd-",
                "", "A", "Ab", "5Ab x1Ab ²Ab ,Ab")) {
            assertThat(scanned(t)).as(t).isEqualTo(matched(t));
        }
        assertThat(scanned("Forces of al-Assad hit Aleppo's East")).containsExactly("0:Forces", "13:Assad", "23:Aleppo's", "32:East");
    }
}
