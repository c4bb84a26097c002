package dev.precis.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it (its {@code stem} subroutine).
 *
 * <p>Why not a library stemmer: we compared both stemmers Lucene ships against ROUGE-1.5.5's Perl
 * code on 64,728 distinct words (every token of length &gt; 3 in the Multi-News samples, the ROUGE
 * reference pairs and the WordNet exception lists). Snowball's "porter" differs on 203 of them
 * (it is the 1980 paper's algorithm without the "bli"/"logi" departures the Perl code has);
 * Lucene's {@code PorterStemmer} (the same ANSI C lineage as the Perl code) differs on 138, and
 * every one of those differences comes from a single documented local change in ROUGE-1.5.5:
 * <pre>
 *   # CYL: Modified 02/14/2004, a word ended in -ement will not try the rules "-ment" and "-ent"
 * </pre>
 * In ROUGE-1.5.5 Step 4 is no longer "remove the longest matching suffix once": it first tries
 * the main suffix list without -ment/-ent/-ion, then <em>also</em> tries -ment, then -ent (or else
 * -sion/-tion) on whatever the previous rule left, each with the m &gt; 1 condition. So
 * "agreement" becomes "agreem", "accidental" becomes "accid" and "commissioner" becomes "commiss"
 * where Lucene gives "agreement", "accident" and "commission". That change sits between Step 4
 * and Step 5, so a wrapper around Lucene's finished stem cannot reproduce it in general (it
 * cannot tell whether Lucene's Step 4 already stripped -ent or -ion; "circumvention" is such a
 * case). This class therefore follows the Perl regular expressions line by line (same patterns,
 * same order) and {@code Rouge155PorterTest} checks it against Lucene's stemmer: with the classic
 * Step 4 they must agree on every word of the news vocabulary and on 20,000 generated words, the
 * only other difference being that Perl's Step 1b double-consonant class {@code [^aeiouylsz]}
 * never takes "yy" for a double consonant ("zyying": Perl "zyi", C and Lucene "zy"), which no
 * English word meets. (Checked as well against the Perl subroutine itself on 236,000 words: no
 * difference.)
 *
 * <p>Input: lower-case ASCII letters and digits. Stateless and thread-safe.
 */
final class Rouge155Porter {

    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));

    private static final Map<String, String> STEP3 = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    // The Perl script's building blocks. A leading 'y' is upper-cased first, so that it is a
    // consonant for every pattern ([^aeiou] and [^aeiouy] both accept 'Y').
    private static final String c = "[^aeiou]";
    private static final String v = "[aeiouy]";
    private static final String C = c + "[^aeiouy]*";
    private static final String V = v + "[aeiou]*";

    private static final Pattern MGR0 = Pattern.compile("^(" + C + ")?" + V + C);            // m > 0
    private static final Pattern MEQ1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$"); // m = 1
    private static final Pattern MGR1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);     // m > 1
    private static final Pattern HAS_V = Pattern.compile("^(" + C + ")?" + v);               // vowel in stem
    private static final Pattern CVC = Pattern.compile("^" + C + v + "[^aeiouwxy]$");

    private static final Pattern S1A_SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern S1A_S = Pattern.compile("([^s])s$");
    private static final Pattern S1B_EED = Pattern.compile("eed$");
    private static final Pattern S1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern S1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern S1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern S1C_Y = Pattern.compile("y$");
    private static final Pattern S2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|"
            + "ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern S3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern S4_MAIN =
            Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern S4_CLASSIC =
            Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern S4_MENT = Pattern.compile("ment$");
    private static final Pattern S4_ENT = Pattern.compile("ent$");
    private static final Pattern S4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern S5_E = Pattern.compile("e$");
    private static final Pattern S5_LL = Pattern.compile("ll$");

    private Rouge155Porter() {
    }

    static String stem(String word) {
        return stem(word, false);
    }

    /**
     * With {@code classicStep4}, Step 4 is the one the Perl script has commented out (remove the
     * longest suffix of the classic list once): the ANSI C algorithm Lucene's PorterStemmer
     * implements. Only there to test this class against Lucene's.
     */
    static String stem(String word, boolean classicStep4) {
        if (word.length() < 3) {
            return word;
        }
        String w = word;
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w = 'Y' + w.substring(1);
        }
        Matcher m;
        // Step 1a
        if ((m = S1A_SSES_IES.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else if ((m = S1A_S.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1);
        }
        // Step 1b
        if ((m = S1B_EED.matcher(w)).find()) {
            if (MGR0.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else if ((m = S1B_ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_V.matcher(stem).find()) {
                w = stem;
                if (S1B_AT_BL_IZ.matcher(w).find()) {
                    w = w + "e";
                } else if (S1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        // Step 1c
        if ((m = S1C_Y.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_V.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        // Step 2
        if ((m = S2.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR0.matcher(stem).find()) {
                w = stem + STEP2.get(m.group(1));
            }
        }
        // Step 3
        if ((m = S3.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR0.matcher(stem).find()) {
                w = stem + STEP3.get(m.group(1));
            }
        }
        if (classicStep4) {
            w = classicStep4(w);
        } else {
            w = step4(w);
        }
        // Step 5
        if ((m = S5_E.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()
                    || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (S5_LL.matcher(w).find() && MGR1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        if (initialY) {
            w = 'y' + w.substring(1);
        }
        return w;
    }

    /** Step 4 as modified in ROUGE-1.5.5: three rules applied one after the other. */
    private static String step4(String w) {
        Matcher m;
        if ((m = S4_MAIN.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        if ((m = S4_MENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        }
        if ((m = S4_ENT.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        } else {
            w = stripIon(w);
        }
        return w;
    }

    private static String classicStep4(String w) {
        Matcher m;
        if ((m = S4_CLASSIC.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find()) {
                w = stem;
            }
        } else {
            w = stripIon(w);
        }
        return w;
    }

    /** -sion/-tion lose only "ion": the branch both Step 4 variants take when nothing else matched. */
    private static String stripIon(String w) {
        Matcher m = S4_ION.matcher(w);
        if (!m.find()) return w;
        String stem = w.substring(0, m.start()) + m.group(1);
        return MGR1.matcher(stem).find() ? stem : w;
    }
}
