package dev.precis.eval;

/**
 * How {@link Rouge} scores, in ROUGE-1.5.5's terms (always with one reference, {@code -a}, model
 * average, alpha 0.5, no stop-word removal). Immutable; change a copy with the {@code with...}
 * methods:
 * <pre>{@code
 * RougeOptions.standard()                    // -n 2 -m -2 4 -u -l 256, the project protocol
 * RougeOptions.standard().withoutLimit()     // -n 2 -m -2 4 -u
 * RougeOptions.standard().withByteLimit(665) // -n 2 -m -2 4 -u -b 665
 * RougeOptions.standard().withStemming(false)
 * }</pre>
 *
 * @param stemming     {@code -m}: WordNet exceptions, then ROUGE-1.5.5's Porter stemmer
 * @param wordLimit    {@code -l N}: only the first N words of the summary and of the reference
 *                     (whitespace-separated words of the raw text, punctuation included); 0 for none
 * @param byteLimit    {@code -b N}: only the first N bytes (UTF-8) of each; 0 for none
 * @param skipDistance {@code -2 N}: the largest gap of a skip-bigram in ROUGE-SU; negative for no limit
 */
public record RougeOptions(boolean stemming, int wordLimit, int byteLimit, int skipDistance) {

    /** The project protocol: {@code -n 2 -m -2 4 -u -l 256}. */
    public static final int STANDARD_WORDS = 256;

    public RougeOptions {
        if (wordLimit < 0 || byteLimit < 0) {
            throw new IllegalArgumentException("a length limit cannot be negative: -l " + wordLimit + " -b " + byteLimit);
        }
        if (wordLimit > 0 && byteLimit > 0) {
            throw new IllegalArgumentException("give a word limit or a byte limit, not both (-l " + wordLimit
                    + " -b " + byteLimit + ")");
        }
    }

    /** {@code -n 2 -m -2 4 -u -l 256}: stemming, skip-bigrams with gaps up to 4 plus unigrams, 256 words. */
    public static RougeOptions standard() {
        return new RougeOptions(true, STANDARD_WORDS, 0, 4);
    }

    public RougeOptions withStemming(boolean stem) {
        return new RougeOptions(stem, wordLimit, byteLimit, skipDistance);
    }

    /** Keeps the first {@code words} words ({@code -l}); drops any byte limit. 0 means no limit. */
    public RougeOptions withWordLimit(int words) {
        return new RougeOptions(stemming, words, 0, skipDistance);
    }

    /** Keeps the first {@code bytes} bytes ({@code -b}); drops any word limit. 0 means no limit. */
    public RougeOptions withByteLimit(int bytes) {
        return new RougeOptions(stemming, 0, bytes, skipDistance);
    }

    public RougeOptions withoutLimit() {
        return new RougeOptions(stemming, 0, 0, skipDistance);
    }

    public RougeOptions withSkipDistance(int distance) {
        return new RougeOptions(stemming, wordLimit, byteLimit, distance);
    }

    /** The equivalent ROUGE-1.5.5 flags, e.g. {@code -n 2 -m -2 4 -u -l 256}. */
    public String rougeFlags() {
        StringBuilder s = new StringBuilder("-n 2");
        if (stemming) {
            s.append(" -m");
        }
        s.append(" -2 ").append(skipDistance).append(" -u");
        if (wordLimit > 0) {
            s.append(" -l ").append(wordLimit);
        }
        if (byteLimit > 0) {
            s.append(" -b ").append(byteLimit);
        }
        return s.toString();
    }
}
