package dev.precis.select;

import dev.precis.model.ClusterText;
import dev.precis.model.Sentence;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Things a cluster introduces as {@link Introductions} introduces people: a sentence whose subject is
 * a definite noun pointing back ({@link DefiniteOpening}: "The team found ...") or that counts a
 * definite noun ({@link CountedDefinite}: "the four statues") names the thing bare, and any sentence
 * using the noun mentions it.
 */
final class DefiniteMentions {
    private DefiniteMentions() {
    }

    /** Prefix of the keys of things a definite subject points back to, apart from people's name words. */
    static final String THING = "the ";

    /**
     * A sentence whose subject is a definite noun that points back ({@link DefiniteOpening}) names
     * that thing bare, as a surname names a person: it reads after a sentence that mentions the noun.
     */
    static void add(ClusterText text, CasedArticles cased, List<List<RunWords.Word>> toks, List<Set<String>> bare, List<Set<String>> mentions) {
        int n = text.size();
        String[] opens = new String[n];
        String[] others = null; // "another council member said": named bare, but not by the sentence before ({@link AnotherSpeaker})
        Set<String> nouns = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String noun = DefiniteOpening.noun(text.sentence(i));
            if (noun == null) {
                noun = CountedDefinite.noun(text.sentence(i).text());
                if (noun != null && !cased.of(text.sentence(i).article())) noun = null;
            }
            if (noun == null) {
                String another = AnotherSpeaker.noun(text.sentence(i).text());
                if (another != null) {
                    if (others == null) others = new String[n];
                    others[i] = DefiniteOpening.stem(another);
                    nouns.add(others[i]);
                }
                continue;
            }
            opens[i] = DefiniteOpening.stem(noun);
            nouns.add(opens[i]);
        }
        if (nouns.isEmpty()) return;
        NounForms forms = new NounForms(nouns);
        for (int i = 0; i < n; i++) {
            for (RunWords.Word w : toks.get(i)) {
                String stem = forms.stemOf(w);
                if (stem == null) continue;
                if (mentions.get(i).isEmpty()) mentions.set(i, new HashSet<>());
                mentions.get(i).add(THING + stem);
            }
            String named = opens[i] != null ? opens[i] : others != null ? others[i] : null;
            if (named == null) continue;
            if (bare.get(i).isEmpty()) bare.set(i, new HashSet<>());
            bare.get(i).add(THING + named);
        }
        // The sentence just before it in its article introduces the thing too, in other words ("a new
        // transit budget ... The plan adds forty buses"), as it gives a pronoun its antecedent.
        for (int i = 0; i < n; i++) {
            if (opens[i] == null) continue;
            Sentence s = text.sentence(i);
            List<Sentence> own = text.sentencesOf(s.article());
            int p = s.position() - 1;
            if (p < 0 || p >= own.size() || own.get(p).position() != p) continue;
            int before = own.get(p).id();
            if (mentions.get(before).isEmpty()) mentions.set(before, new HashSet<>());
            mentions.get(before).add(THING + opens[i]);
        }
    }

    /**
     * A cluster's definite nouns, and a test that rules most words out by their first two letters
     * before any is cut out, lower-cased and stemmed: this runs over every word of the cluster. A
     * stem keeps its word's first two letters, so a word whose first two letters start no noun
     * mentions none.
     */
    private static final class NounForms {
        private static final int END = 26;
        private final Set<String> nouns;
        /** For each noun: bit 27 * (first letter - 'a') + (second letter - 'a', or END for a one-letter noun). */
        private final BitSet starts = new BitSet(26 * 27);

        NounForms(Set<String> nouns) {
            this.nouns = nouns;
            for (String noun : nouns) {
                int first = letter(noun.charAt(0));
                int second = noun.length() == 1 ? END : letter(noun.charAt(1));
                if (first >= 0 && second >= 0) starts.set(27 * first + second);
            }
        }

        /** The noun {@code w} mentions, or null. */
        String stemOf(RunWords.Word w) {
            if (!mayMention(w.sentence, w.start, w.end)) return null;
            String stem = DefiniteOpening.stem(w.key());
            return nouns.contains(stem) ? stem : null;
        }

        /** False only for a word that starts with two ASCII letters (or is one) that start no noun. */
        private boolean mayMention(String s, int start, int end) {
            int first = letter(s.charAt(start));
            int second = end == start + 1 ? END : letter(s.charAt(start + 1));
            return first < 0 || second < 0 || starts.get(27 * first + second);
        }

        /** 0-25 for an ASCII letter of either case, else -1. */
        private static int letter(char c) {
            int l = (c | 0x20) - 'a';
            return c < 128 && l >= 0 && l < 26 ? l : -1;
        }
    }
}
