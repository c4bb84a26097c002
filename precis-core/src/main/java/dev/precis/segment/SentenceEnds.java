package dev.precis.segment;

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
    private final long low;
    private final long high;

    SentenceEnds(char[] ends) {
        this.ends = ends.clone();
        long l = 0, h = 0;
        for (char c : ends) {
            if (c < 64) l |= 1L << c;
            else if (c < 128) h |= 1L << c;
        }
        low = l;
        high = h;
    }

    private boolean isEnd(char c) {
        if (c < 128) return ((c < 64 ? low >>> c : high >>> c) & 1) != 0;
        for (char e : ends) if (e == c) return true;
        return false;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0, n = s.length(); i < n; i++) if (isEnd(s.charAt(i))) out.add(i);
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
