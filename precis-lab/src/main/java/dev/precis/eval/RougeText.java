package dev.precis.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns sentences into ROUGE-1.5.5 tokens, reproducing its {@code readText} (one token stream for
 * ROUGE-N, ROUGE-SU and the unigram counts of ROUGE-L) and {@code readText_LCS} (one token list
 * per sentence for ROUGE-L) in the SPL input format:
 * <ol>
 *   <li>each sentence is a line (a sentence holding '\n' is several lines); empty lines are
 *       skipped; text is handled as UTF-8 bytes, as the Perl script reads bytes; A-Z is lower-cased;</li>
 *   <li>{@code -l N} keeps the first N words, a word being a field of Perl's
 *       {@code split(/\s+/)} of the raw line (so "–" or "--" counts as a word, and a line starting
 *       with a blank has an empty first field that counts too); the sentence where the limit
 *       falls is cut. {@code -b N} keeps the first N bytes, the spaces that join sentences not
 *       counted. In {@code readText_LCS} the byte count is never advanced (a ROUGE-1.5.5 bug kept
 *       here): ROUGE-L keeps every sentence shorter than N bytes up to the first one that is not,
 *       which it cuts to N bytes;</li>
 *   <li>"-" becomes " - " and every other character outside {@code [A-Za-z0-9-]} a space; of the
 *       blank-separated tokens only those starting with {@code [a-z0-9]} are kept, so the tokens
 *       are the runs of ASCII letters and digits ("well-known" gives "well" and "known", "café"
 *       gives "caf", "12.5%" gives "12" and "5"); no stop words are removed;</li>
 *   <li>with {@code -m} a token of more than 3 characters is stemmed by {@link RougeStemmer}.</li>
 * </ol>
 */
final class RougeText {

    private RougeText() {
    }

    /** The SPL lines of the sentences: lower-cased (A-Z only) UTF-8 bytes, empty lines dropped. */
    static List<byte[]> lines(List<String> sentences) {
        List<byte[]> lines = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            if (sentence == null || sentence.isEmpty()) {
                continue;
            }
            int start = 0;
            while (start <= sentence.length()) {
                int nl = sentence.indexOf('\n', start);
                int end = nl < 0 ? sentence.length() : nl;
                if (end > start) {
                    byte[] bytes = sentence.substring(start, end).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < bytes.length; i++) {
                        byte b = bytes[i];
                        if (b >= 'A' && b <= 'Z') {
                            bytes[i] = (byte) (b + ('a' - 'A'));
                        }
                    }
                    lines.add(bytes);
                }
                if (nl < 0) {
                    break;
                }
                start = nl + 1;
            }
        }
        return lines;
    }

    /** Perl's {@code \s} on a byte string: space, \t, \n, \r, \f and vertical tab. */
    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
    }

    private static boolean isAlnum(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z');
    }

    /** The number of fields of Perl's {@code split(/\s+/, line)} (trailing empty fields dropped). */
    static int wordCount(byte[] line) {
        int runs = 0;
        boolean inRun = false;
        for (byte b : line) {
            if (isSpace(b)) {
                inRun = false;
            } else if (!inRun) {
                inRun = true;
                runs++;
            }
        }
        if (runs == 0) {
            return 0;
        }
        return isSpace(line[0]) ? runs + 1 : runs;
    }

    /** Where the first {@code words} fields of Perl's {@code split(/\s+/, line)} end. */
    static int wordPrefixEnd(byte[] line, int words) {
        int runsWanted = isSpace(line[0]) ? words - 1 : words;
        if (runsWanted <= 0) {
            return 0;
        }
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < line.length; i++) {
            if (isSpace(line[i])) {
                if (inRun && runs == runsWanted) {
                    return i;
                }
                inRun = false;
            } else if (!inRun) {
                inRun = true;
                runs++;
            }
        }
        return line.length;
    }

    /** Appends the (stemmed) tokens of {@code line[0, end)}; stemmer null for none. */
    static void tokens(byte[] line, int end, RougeStemmer stemmer, List<String> out) {
        int i = 0;
        while (i < end) {
            if (!isAlnum(line[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && isAlnum(line[i])) {
                i++;
            }
            String token = new String(line, start, i - start, StandardCharsets.ISO_8859_1);
            out.add(stemmer != null ? stemmer.stem(token) : token);
        }
    }

    /** {@code readText}: the tokens of the whole text after the length limit. */
    static List<String> stream(List<byte[]> lines, RougeOptions options, RougeStemmer stemmer) {
        List<String> out = new ArrayList<>();
        if (options.wordLimit() > 0) {
            int limit = options.wordLimit();
            int taken = 0;
            for (byte[] line : lines) {
                int n = wordCount(line);
                if (taken + n < limit) {
                    tokens(line, line.length, stemmer, out);
                    taken += n;
                } else {
                    tokens(line, wordPrefixEnd(line, limit - taken), stemmer, out);
                    break;
                }
            }
        } else if (options.byteLimit() > 0) {
            int limit = options.byteLimit();
            int taken = 0;
            for (byte[] line : lines) {
                if (taken + line.length < limit) {
                    tokens(line, line.length, stemmer, out);
                    taken += line.length;
                } else {
                    tokens(line, limit - taken, stemmer, out);
                    break;
                }
            }
        } else {
            for (byte[] line : lines) {
                tokens(line, line.length, stemmer, out);
            }
        }
        return out;
    }

    /** {@code readText_LCS}: the tokens of each sentence kept by the length limit. */
    static List<List<String>> units(List<byte[]> lines, RougeOptions options, RougeStemmer stemmer) {
        List<List<String>> out = new ArrayList<>();
        if (options.wordLimit() > 0) {
            int limit = options.wordLimit();
            int taken = 0;
            for (byte[] line : lines) {
                int n = wordCount(line);
                List<String> unit = new ArrayList<>();
                out.add(unit);
                if (taken + n < limit) {
                    tokens(line, line.length, stemmer, unit);
                    taken += n;
                } else {
                    tokens(line, wordPrefixEnd(line, limit - taken), stemmer, unit);
                    break;
                }
            }
        } else if (options.byteLimit() > 0) {
            int limit = options.byteLimit();
            for (byte[] line : lines) {
                List<String> unit = new ArrayList<>();
                out.add(unit);
                // ROUGE-1.5.5 never adds to its byte count here: each line is compared with the
                // whole limit on its own.
                if (line.length < limit) {
                    tokens(line, line.length, stemmer, unit);
                } else {
                    tokens(line, limit, stemmer, unit);
                    break;
                }
            }
        } else {
            for (byte[] line : lines) {
                List<String> unit = new ArrayList<>();
                tokens(line, line.length, stemmer, unit);
                out.add(unit);
            }
        }
        return out;
    }
}
