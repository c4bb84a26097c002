package dev.precis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-1.5.5's {@code -m} stemming of one token: a token of more than 3 characters is looked up in
 * WordNet 2.0's morphological exception lists ({@code said} → {@code say}, {@code mice} →
 * {@code mouse}); when listed, the listed base form is the stem (not stemmed further), otherwise
 * the token goes through ROUGE-1.5.5's Porter stemmer ({@link Rouge155Porter}). Tokens of 3
 * characters or fewer are left alone.
 *
 * <p>The exception lists ship as resources of this package ({@code wordnet/*.exc}, WordNet 2.0,
 * Princeton University licence, see {@code wordnet/NOTICE}). ROUGE-1.5.5 reads them from a hash
 * built by {@code buildExeptionDB.pl}: for every line "inflected base1 [base2...]" it stores
 * {@code inflected → base1}, a later line overwriting an earlier one. So within a file the last
 * line wins ({@code offer → offer}, not {@code off}); across files the order was the directory
 * order on Chin-Yew Lin's machine. The reference figures pin down the one order that matters for
 * common words: adj.exc after adv.exc ({@code better → good}, {@code best → good}, not
 * {@code well}; adv-then-adj reproduces all 190 reference pairs, adj-then-adv misses 7). The
 * order of noun.exc and verb.exc only decides {@code testes} (verb last: {@code testes}).
 *
 * <p>Thread-safe; stems are cached (a news vocabulary is small), up to {@value #CACHE_LIMIT} tokens.
 */
public final class RougeStemmer {

    private static final int CACHE_LIMIT = 500_000;
    private static final List<String> EXCEPTION_FILES = List.of("adv.exc", "adj.exc", "noun.exc", "verb.exc");
    private static final RougeStemmer ROUGE_155 = new RougeStemmer(loadExceptions(EXCEPTION_FILES));

    private final Map<String, String> exceptions;
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    RougeStemmer(Map<String, String> exceptions) {
        this.exceptions = exceptions;
    }

    /** The stemmer of ROUGE-1.5.5 {@code -m}. */
    public static RougeStemmer rouge155() {
        return ROUGE_155;
    }

    /**
     * Stems one ROUGE token (lower-case ASCII letters and digits) as ROUGE-1.5.5 {@code -m} does.
     */
    public String stem(String token) {
        if (token.length() <= 3) {
            return token;
        }
        String cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        String exception = exceptions.get(token);
        String stem = exception != null ? exception : Rouge155Porter.stem(token);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(token, stem);
        }
        return stem;
    }

    /** The base form WordNet's exception lists give for a token, or null. */
    String exception(String token) {
        return exceptions.get(token);
    }

    static Map<String, String> loadExceptions(List<String> files) {
        Map<String, String> map = new HashMap<>(16_384);
        for (String file : files) {
            String resource = "wordnet/" + file;
            try (InputStream in = RougeStemmer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource dev/precis/eval/" + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length >= 2) {
                        map.put(fields[0], fields[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dev/precis/eval/" + resource, e);
            }
        }
        return Map.copyOf(map);
    }
}
