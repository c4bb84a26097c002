package dev.precis.segment;

import dev.precis.TestClusters;
import dev.precis.model.Sentence;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {
    /** Lucene's chain run over the whole text at once: the reference for what one token at a time gives. */
    private static List<String> analysed(String text, boolean terms) throws IOException {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = source;
        if (terms) {
            ts = new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(new LowerCaseFilter(ts)),
                    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        }
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        List<String> out = new ArrayList<>();
        source.setReader(new StringReader(text));
        ts.reset();
        while (ts.incrementToken()) {
            if (terms || term.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(term.toString());
        }
        ts.end();
        ts.close();
        return out;
    }

    @Test
    void onePassGivesTheWordsAndTermsOfTheWholeChain() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Sentence s : TestClusters.aleppo().sentences()) texts.add(s.text());
        texts.addAll(List.of("", "... — !", "The children's books weren't stolen, were they?",
                "U.S. forces fired 1,200 rounds at 3:45 p.m. on “Tuesday” (again).", "Père Noël’s café_au_lait 2nd"));
        // Called in a row on one thread, so a tap that kept words from the text before would show here.
        for (String t : texts) {
            Tokens.Both both = Tokens.wordsAndTerms(t);
            assertThat(both.words()).as(t).isEqualTo(analysed(t, false)).isEqualTo(Tokens.words(t));
            assertThat(both.terms()).as(t).isEqualTo(analysed(t, true)).isEqualTo(Tokens.terms(t));
            assertThat(both.lowerWords()).as(t).isEqualTo(both.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        }
    }

    @Test
    void aWordSeenAgainGivesTheSameLowerCasedString() {
        String first = Tokens.wordsAndTerms("Aleppo fell quiet.").lowerWords().get(0);
        String again = Tokens.wordsAndTerms("In Aleppo, shelling resumed.").lowerWords().get(1);
        assertThat(first).isEqualTo("aleppo").isSameAs(again);
    }

    @Test
    void eachThreadHasItsOwnTokenizer() throws InterruptedException {
        String text = "Aid convoys reached eastern Aleppo on Monday, the United Nations said.";
        Tokens.Both here = Tokens.wordsAndTerms(text);
        List<Tokens.Both> there = new ArrayList<>();
        Thread t = new Thread(() -> there.add(Tokens.wordsAndTerms(text)));
        t.start();
        t.join();
        assertThat(there).containsExactly(here);
        assertThat(here.words()).hasSize(11).startsWith("Aid", "convoys");
        assertThat(here.terms()).contains("aleppo", "convoi", "nation");
    }
}
