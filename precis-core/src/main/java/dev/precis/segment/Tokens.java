package dev.precis.segment;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
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
            return new TokenStreamComponents(source, termFilters(source));
        }
    };

    /** What makes tokens terms: lowercase → English possessive → English stop words → Porter stemmer. */
    private static TokenStream termFilters(TokenStream tokens) {
        TokenStream ts = new LowerCaseFilter(tokens);
        ts = new EnglishPossessiveFilter(ts);
        ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(ts);
    }

    private Tokens() {
    }

    /** A sentence's {@link #words} and {@link #terms}. */
    public record Both(List<String> words, List<String> terms) {
    }

    /**
     * {@link #words} and {@link #terms} of one text from a single tokenizer pass: the words are
     * taken from the tokenizer's output before the term filters change it, so both lists are the
     * ones the two calls give, for half the tokenizing (every sentence of a cluster needs both).
     */
    public static Both wordsAndTerms(String text) {
        return BOTH.get().run(text);
    }

    /** One thread's tokenizer and term filters with a tap between them, reused as Lucene's analyzers reuse theirs. */
    private static final ThreadLocal<WordsAndTerms> BOTH = ThreadLocal.withInitial(WordsAndTerms::new);

    private static final class WordsAndTerms {
        private final StandardTokenizer source = new StandardTokenizer();
        private final Tap tap = new Tap(source);
        private final TokenStream terms = termFilters(tap);
        private final CharTermAttribute term = terms.addAttribute(CharTermAttribute.class);

        Both run(String text) {
            List<String> out = new ArrayList<>();
            tap.words = new ArrayList<>();
            try {
                source.setReader(new StringReader(text));
                terms.reset();
                while (terms.incrementToken()) out.add(term.toString());
                terms.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen on a String reader
            } finally {
                try {
                    terms.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Both(tap.words, out);
        }
    }

    /** Passes every token on, keeping those that {@link #words} keeps, as the tokenizer gave them. */
    private static final class Tap extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        List<String> words;

        Tap(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (hasLetterOrDigit(term)) words.add(term.toString());
            return true;
        }
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
