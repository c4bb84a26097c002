package dev.precis.lexicon;

import java.util.Collection;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose every match starts where a cheap test on the text holds: a name on an upper-case
 * letter, a pronoun on its first letter. {@link Matcher#find} tries the whole pattern at every
 * offset; {@link #find} tries it only at the offsets that pass the test, and finds the same match.
 * The search sees the text around its region (transparent bounds). With the matcher's anchoring
 * bounds on (the default), {@code $} matches at the region's end; a pattern that holds {@code ^}
 * must be searched with them off, so that {@code ^} is the text's start and not each offset tried.
 */
public final class StartPattern {
    /** Where a match may start: {@code text} at offset {@code at}. */
    @FunctionalInterface
    public interface Start {
        boolean at(CharSequence text, int at);
    }

    /** An upper-case letter (a code point, so that letters outside the BMP count too). */
    public static final Start UPPER_CASE = Opening.of(Character::isUpperCase,
            (text, at) -> Character.isUpperCase(Character.codePointAt(text, at)));

    /**
     * One of {@code firstChars} at a word's start: for a pattern that opens on {@code \b} and one of
     * those letters or digits. After an ASCII letter or digit {@code \b} cannot hold before a letter or
     * digit; anything else is left for the regex to judge.
     */
    public static Start atWordStart(String firstChars) {
        return atWordStart(c -> firstChars.indexOf(c) >= 0);
    }

    /** As {@link #atWordStart(String)}, for first characters (code points) that pass {@code first}. */
    public static Start atWordStart(IntPredicate first) {
        return Opening.of(first,
                (text, at) -> first.test(Character.codePointAt(text, at)) && mayStartWord(text, at));
    }

    /**
     * One of {@code chars}: for a pattern that opens on one of them (a literal, or a class of a few
     * characters). {@link #find} turns the other characters away itself, without calling a test.
     */
    public static Start on(String chars) {
        return new Opening(AsciiMask.of(c -> chars.indexOf(c) >= 0), (text, at) -> chars.indexOf(text.charAt(at)) >= 0,
                true, chars.length() == 1 ? chars.charAt(0) : -1);
    }

    /** One of {@code chars} where {@code test} also holds: {@link #find} calls the test only at those characters. */
    public static Start on(String chars, Start test) {
        return new Opening(AsciiMask.of(c -> chars.indexOf(c) >= 0), (text, at) -> chars.indexOf(text.charAt(at)) >= 0 && test.at(text, at),
                false, chars.length() == 1 ? chars.charAt(0) : -1);
    }

    /**
     * A start test that holds on an ASCII character only where {@code ascii} has it: {@link #find}
     * turns the other ASCII characters away with a bit test instead of calling the test at each of
     * them. Characters outside ASCII always go to the test. Where {@code asciiDecides}, the bit test
     * is the whole test for ASCII; where {@code only} is a character, no other may start a match, and
     * {@link #find} goes from one to the next with {@link String#indexOf(int, int)} (a loop the JIT
     * turns into a vector search) instead of reading every character.
     */
    private record Opening(AsciiMask ascii, Start test, boolean asciiDecides, int only) implements Start {
        static Opening of(IntPredicate first, Start test) {
            return new Opening(AsciiMask.of(first), test, false, -1);
        }

        @Override
        public boolean at(CharSequence text, int at) {
            return test.at(text, at);
        }
    }

    /** The first characters of {@code words}, for {@link #atWordStart}. */
    public static String initials(Collection<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) if (out.indexOf(w.substring(0, 1)) < 0) out.append(w.charAt(0));
        return out.toString();
    }

    /**
     * Whether a word may start at {@code at}: it is the text's start or follows no ASCII letter or digit
     * (after one, {@code \b} cannot hold before a letter or digit; anything else is left for the regex).
     */
    public static boolean mayStartWord(CharSequence text, int at) {
        if (at == 0) return true;
        char c = text.charAt(at - 1);
        return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }

    private final Pattern pattern;
    private final Start start;
    /** The ASCII characters a match may start on ({@link Opening}'s); all of them for other tests. */
    private final AsciiMask ascii;
    /** Whether {@link #ascii} alone decides an ASCII character, and the one character every match starts on (-1 if none). */
    private final boolean asciiDecides;
    private final int only;
    /** Tests set this: each search is checked against the regex's own {@link Matcher#find}. */
    private static final boolean CHECK = Boolean.getBoolean("precis.keywords.check");

    private StartPattern(Pattern pattern, Start start) {
        this.pattern = pattern;
        this.start = start;
        this.ascii = start instanceof Opening o ? o.ascii() : AsciiMask.ALL;
        this.asciiDecides = start instanceof Opening o && o.asciiDecides();
        this.only = start instanceof Opening o ? o.only() : -1;
    }

    /** {@code regex} compiled; every match must start where {@code start} holds. */
    public static StartPattern of(String regex, Start start) {
        return of(regex, 0, start);
    }

    /** {@code regex} compiled with {@code flags}; every match must start where {@code start} holds. */
    public static StartPattern of(String regex, int flags, Start start) {
        return new StartPattern(Pattern.compile(regex, flags), start);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether a match may start in {@code text} at offset {@code at}. */
    public boolean mayStartAt(CharSequence text, int at) {
        return start.at(text, at);
    }

    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** Whether the pattern occurs in {@code text}. */
    public boolean find(CharSequence text) {
        return find(pattern.matcher(text), text, 0, text.length());
    }

    /**
     * As {@link Matcher#find()} in the region {@code from}..{@code to} of {@code text}, which
     * {@code m} (a matcher of this pattern) reads; the match, if any, is left in {@code m}.
     */
    public boolean find(Matcher m, CharSequence text, int from, int to) {
        m.useTransparentBounds(true);
        boolean found = false;
        for (int i = from; i < to && !found; i++) {
            if (only >= 0) {
                i = next(text, i, to);
                if (i < 0) break;
                if (!asciiDecides && !start.at(text, i)) continue;
            } else {
                char c = text.charAt(i);
                if (c < 128 ? !ascii.has(c) || !asciiDecides && !start.at(text, i) : !start.at(text, i)) continue;
            }
            m.region(i, to);
            found = m.lookingAt();
        }
        if (CHECK) check(m, text, from, to, found);
        return found;
    }

    /**
     * As {@link #find(Matcher, CharSequence, int, int)}, tried only at the offsets in {@code starts} (where
     * the start test holds too): for a test that needs the text read first, which must hold at every start
     * of a match. The offsets outside {@code starts} are not read at all.
     */
    public boolean find(Matcher m, CharSequence text, int from, int to, java.util.BitSet starts) {
        m.useTransparentBounds(true);
        boolean found = false;
        for (int i = starts.nextSetBit(from); i >= 0 && i < to && !found; i = starts.nextSetBit(i + 1)) {
            char c = text.charAt(i);
            if (c < 128 && !ascii.has(c) || !(c < 128 && asciiDecides) && !start.at(text, i)) continue;
            m.region(i, to);
            found = m.lookingAt();
        }
        if (CHECK) check(m, text, from, to, found);
        return found;
    }

    /** Where {@link #only} next occurs in {@code text} from {@code from} and before {@code to}; -1 if nowhere. */
    private int next(CharSequence text, int from, int to) {
        if (text instanceof String s) {
            int at = s.indexOf(only, from);
            return at < to ? at : -1;
        }
        for (int i = from; i < to; i++) if (text.charAt(i) == only) return i;
        return -1;
    }

    private void check(Matcher m, CharSequence text, int from, int to, boolean found) {
        Matcher plain = pattern.matcher(text).useTransparentBounds(true)
                .useAnchoringBounds(m.hasAnchoringBounds()).region(from, to);
        boolean expected = plain.find();
        if (expected != found || found && (plain.start() != m.start() || plain.end() != m.end())) {
            throw new IllegalStateException("start pattern " + pattern + " finds " + (found ? m.start() : "nothing")
                    + " where the regex finds " + (expected ? plain.start() : "nothing") + " in: " + text);
        }
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
