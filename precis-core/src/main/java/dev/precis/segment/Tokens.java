package dev.precis.segment;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens and stemmed terms of a piece of text, through Lucene analysis chains. The analyzers
 * are shared: Lucene reuses their components per thread, so every method is thread-safe.
 */
public final class Tokens {
    /** StandardTokenizer only: words in their original case. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    /** StandardTokenizer → lowercase → English possessive → English stop words → Porter stemmer. */
    private static final Analyzer TERMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new EnglishPossessiveFilter(ts);
            ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    };

    private Tokens() {
    }

    /** Word tokens that hold at least one letter or digit, original case. */
    public static List<String> words(String text) {
        return run(WORDS, text, true);
    }

    /** Lower-cased, stop-word-free, Porter-stemmed terms. */
    public static List<String> terms(String text) {
        return run(TERMS, text, false);
    }

    private static List<String> run(Analyzer analyzer, String text, boolean needAlnum) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!needAlnum || hasLetterOrDigit(term)) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a String reader
        }
        return out;
    }

    private static boolean hasLetterOrDigit(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (Character.isLetterOrDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }
}
