package dev.precis.segment;

import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceEndsTest {
    private static SentenceModel shipped() throws IOException {
        try (InputStream in = OpenNlpSegmenter.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            return new SentenceModel(in);
        }
    }

    @Test
    void findsTheOffsetsOfOpenNlpsScannerAtEveryCharacter() {
        char[] ends = {'.', '!', '?', '…', '。', '؟'};
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) all.append(c);
        String text = all.toString();
        assertThat(new SentenceEnds(ends).getPositions(text)).isEqualTo(new DefaultEndOfSentenceScanner(ends).getPositions(text));
        assertThat(new SentenceEnds(ends).getEOSCharacters()).isEqualTo(new DefaultEndOfSentenceScanner(ends).getEOSCharacters());
    }

    @Test
    void aRepeatedEndCharacterAndOtherCharSequencesGiveEachOffsetOnceInOrder() {
        char[] ends = {'?', '.', '?', '!'};
        String text = "Why? He left. Now! Really?! ... end";
        List<Integer> expected = new DefaultEndOfSentenceScanner(ends).getPositions(text);
        assertThat(expected).containsExactly(3, 12, 17, 25, 26, 28, 29, 30);
        assertThat(new SentenceEnds(ends).getPositions(text)).isEqualTo(expected);
        assertThat(new SentenceEnds(ends).getPositions(new StringBuilder(text))).isEqualTo(expected);
    }

    @Test
    void theModelWithTheFastScannerSplitsAsTheShippedOne() throws IOException {
        SentenceModel model = shipped();
        SentenceDetectorME plain = new SentenceDetectorME(model);
        SentenceDetectorME fast = new SentenceDetectorME(OpenNlpSegmenter.withFastEnds(model));
        List<String> texts = new ArrayList<>(List.of(
                "Mr. Kerry met Mr. Lavrov in Geneva on Sept. 9. They agreed a truce! Would it hold? Nobody knew…",
                "The U.S. and Russia said so. \"It is a chance,\" he said. (It was.) Then: silence.",
                "Prices rose 2.5 percent. The index, at 1,024.7 points, fell. Was it over?! No."));
        Path aleppo = Shared.root().resolve("../shared/examples/aleppo-truce").normalize();
        if (Files.isDirectory(aleppo)) {
            try (var files = Files.list(aleppo)) {
                for (Path p : files.sorted().toList()) texts.addAll(Files.readString(p).lines().toList());
            }
        }
        for (String t : texts) {
            assertThat(fast.sentPosDetect(t)).as(t).isEqualTo(plain.sentPosDetect(t));
            assertThat(fast.getSentenceProbabilities()).as(t).isEqualTo(plain.getSentenceProbabilities());
        }
    }
}
