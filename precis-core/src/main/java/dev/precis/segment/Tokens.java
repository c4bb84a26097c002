package dev.precis.segment;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
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
import java.util.Locale;

/**
 * Word tokens and stemmed terms of a piece of text, through a Lucene analysis chain: the
 * StandardTokenizer, and for the terms lowercase → English possessive → English stop words → Porter
 * stemmer. Each thread has its own chain, so every method is thread-safe.
 */
public final class Tokens {
    /** What makes tokens terms: lowercase → English possessive → English stop words → Porter stemmer. */
    private static TokenStream termFilters(TokenStream tokens) {
        TokenStream ts = new LowerCaseFilter(tokens);
        ts = new EnglishPossessiveFilter(ts);
        ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(ts);
    }

    private Tokens() {
    }

    /**
     * A sentence's {@link #words}, the same words lower-cased ({@link Locale#ROOT}), and its
     * {@link #terms}. The lower-cased words are the memo's own strings, shared by every use of a word.
     */
    public record Both(List<String> words, List<String> lowerWords, List<String> terms) {
    }

    /**
     * {@link #words} and {@link #terms} of one text from a single tokenizer pass: the words are the
     * tokenizer's output and the terms what the term filters make of each token, which is what the
     * whole chain makes of the text, since every filter works on one token at a time (every sentence of
     * a cluster needs both).
     */
    public static Both wordsAndTerms(String text) {
        return BOTH.get().run(text);
    }

    /** One thread's tokenizer and term memo, reused as Lucene's analyzers reuse theirs. */
    private static final ThreadLocal<WordsAndTerms> BOTH = ThreadLocal.withInitial(WordsAndTerms::new);

    private static final class WordsAndTerms {
        private final StandardTokenizer source = new StandardTokenizer();
        private final CharTermAttribute token = source.addAttribute(CharTermAttribute.class);
        private final TermMemo memo = new TermMemo();

        Both run(String text) {
            List<String> words = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            try {
                source.setReader(new StringReader(text));
                source.reset();
                while (source.incrementToken()) {
                    Token t = memo.known(token);
                    if (t == null) t = memo.learn(token);
                    if (t.word() != null) {
                        words.add(t.word());
                        lower.add(t.lower());
                    }
                    if (t.term() != null) terms.add(t.term());
                }
                source.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen on a String reader
            } finally {
                close(source);
            }
            return new Both(words, lower, terms);
        }
    }

    /**
     * What a token gives: the word and its lower-cased form (both null when it holds no letter or
     * digit) and the term (null for a stop word).
     */
    private record Token(String word, String lower, String term) {
        static Token of(String text, String term) {
            return hasLetterOrDigit(text) ? new Token(text, text.toLowerCase(Locale.ROOT), term) : new Token(null, null, term);
        }
    }

    /**
     * The term filters' result for one token, remembered: every filter after the tokenizer works on
     * one token at a time, so a token always gives the same term (or none, for a stop word), and a
     * cluster's few thousand distinct words need stemming once rather than at every use. Looked up by
     * the tokenizer's own characters, so a token seen before costs no String of its own. Per thread
     * and bounded, so a long-running server neither locks nor grows without end.
     *
     * <p>The look-up and the learning are two methods, called one after the other by the tokenizer
     * loop: the look-up runs at every token and the JIT compiles it early; were the filter chain
     * (four Lucene filters and the Porter stemmer) called from inside it, the JIT would inline that
     * whole chain into it, a 47 kB compile made in the third or fourth summary of a fresh JVM (and
     * made again after the chain's filters deoptimised it), where the look-up alone is a few hundred
     * bytes. Learning runs at a cluster's new words only, so it gets compiled on its own, early or
     * never.
     */
    private static final class TermMemo {
        /** Distinct tokens remembered before the memo starts afresh. */
        private static final int CAPACITY = 50_000;

        private final KeywordTokenizer one = new KeywordTokenizer();
        private final TokenStream filters = termFilters(one);
        private final CharTermAttribute term = filters.addAttribute(CharTermAttribute.class);
        private final CharArrayMap<Token> tokens = new CharArrayMap<>(1024, false);

        /** What {@code token} gives, if it was seen before; null if not. */
        Token known(CharTermAttribute token) {
            return tokens.get(token.buffer(), 0, token.length());
        }

        /** What {@code token} gives, from the filters, remembered: for a token {@link #known} did not know. */
        Token learn(CharTermAttribute token) {
            if (tokens.size() >= CAPACITY) tokens.clear();
            String text = token.toString();
            Token t = Token.of(text, filter(text));
            tokens.put(text, t);
            return t;
        }

        private String filter(String token) {
            try {
                one.setReader(new StringReader(token));
                filters.reset();
                String t = filters.incrementToken() ? term.toString() : null;
                filters.end();
                return t;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen on a String reader
            } finally {
                close(filters);
            }
        }
    }

    /**
     * Word tokens that hold at least one letter or digit, original case. Read as {@link #wordsAndTerms}
     * reads them, so every tokenizer reads the same kind of reader: the JIT compiled Lucene's scanner
     * for one and compiled it again when a second kind came (twice, an on-stack and a whole compile).
     */
    public static List<String> words(String text) {
        return wordsAndTerms(text).words();
    }

    /** Lower-cased, stop-word-free, Porter-stemmed terms; as {@link #words}, the stems of words seen before are remembered. */
    public static List<String> terms(String text) {
        return wordsAndTerms(text).terms();
    }

    /** Closes a stream for its next use (Lucene's reuse cycle); a String reader cannot fail. */
    private static void close(TokenStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
