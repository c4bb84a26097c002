package dev.precis.segment;

import dev.precis.lexicon.AsciiMask;
import opennlp.tools.sentdetect.EndOfSentenceScanner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The offsets of a model's end-of-sentence characters, as OpenNLP's default scanner finds them, without
 * its boxed look-up in a set of characters at every character of every paragraph: ASCII characters are
 * tested against a bit mask, others against the model's few characters.
 */
final class SentenceEnds implements EndOfSentenceScanner {
    private final char[] ends;
    private final AsciiMask ascii;
    /** {@link #ends} without repeats, so that no offset is found twice. */
    private final char[] distinct;

    SentenceEnds(char[] ends) {
        this.ends = ends.clone();
        StringBuilder once = new StringBuilder();
        for (char e : ends) if (once.indexOf(String.valueOf(e)) < 0) once.append(e);
        this.distinct = once.toString().toCharArray();
        this.ascii = AsciiMask.of(c -> contains(this.ends, c));
    }

    private boolean isEnd(char c) {
        return c < 128 ? ascii.has(c) : contains(ends, c);
    }

    private static boolean contains(char[] ends, int c) {
        for (char e : ends) if (e == c) return true;
        return false;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        if (s instanceof String text) return positions(text);
        List<Integer> out = new ArrayList<>();
        for (int i = 0, n = s.length(); i < n; i++) if (isEnd(s.charAt(i))) out.add(i);
        return out;
    }

    /**
     * In a String (what the detector is given), each end character is found by {@link String#indexOf},
     * which the JVM vectorises, and the few offsets are put in order: much less than a test at every
     * character of the paragraph.
     */
    private List<Integer> positions(String text) {
        List<Integer> out = new ArrayList<>();
        for (char e : distinct) {
            for (int i = text.indexOf(e); i >= 0; i = text.indexOf(e, i + 1)) out.add(i);
        }
        if (distinct.length > 1) out.sort(null);
        return out;
    }

    @Override
    public List<Integer> getPositions(StringBuffer buf) {
        return getPositions((CharSequence) buf);
    }

    @Override
    public List<Integer> getPositions(char[] cbuf) {
        return getPositions(java.nio.CharBuffer.wrap(cbuf));
    }

    @Override
    public Set<Character> getEOSCharacters() {
        Set<Character> set = new LinkedHashSet<>();
        for (char c : ends) set.add(c);
        return Collections.unmodifiableSet(set);
    }
}
