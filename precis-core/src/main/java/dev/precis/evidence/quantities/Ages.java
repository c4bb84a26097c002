package dev.precis.evidence.quantities;

import dev.precis.evidence.names.Names;
import dev.precis.lexicon.Spaces;
import dev.precis.lexicon.StartPattern;
import dev.precis.model.Citation;
import dev.precis.model.CleanArticle;
import dev.precis.model.ClusterText;
import dev.precis.model.Disagreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.precis.evidence.names.SpeechPatterns.NAME;

/**
 * The age of one named person given differently by different articles: "Geraldine Alcorn, 28, was
 * charged" against "29-year-old Geraldine Alcorn". An age counts only in the two forms news writing
 * gives it to a person ("Name, 28," or "Name, 28;" in a list, and "28-year-old [role] Name"), for a
 * person named in full: a surname alone ("Macomber, 65,") stands for the one person the cluster names
 * in full with that surname, never for a surname two persons share. A sentence that says nothing but
 * the age ("Kroll was 34.", "He was 35." right after a sentence that opens on the person's name), as a
 * report of a death closes its first paragraph or its last, is a third form. A middle name may be written or
 * left out ("Kevin Deon Johnson, 24;" and "Kevin Johnson, 25,"). A person given two ages within one
 * article is left out (two persons, or the article's own slip).
 */
public final class Ages {
    /** ", 28," after a name, or ", 24;" in a list of names: found first, then the name is read back from it (a name pattern run at every capital costs too much). */
    private static final StartPattern AGE_AFTER_NAME = StartPattern.of(",\\s+(?<age>\\d{1,3})(?=[,;])",
            StartPattern.on(","));
    private static final Pattern NAME_AT_END = Pattern.compile("\\b(?<name>" + NAME + ")$");
    /** How far back from ", 28," a name may start. */
    private static final int NAME_REACH = 60;
    private static final StartPattern BEFORE_NAME = StartPattern.of(
            "\\b(?<age>\\d{1,3})-year-old\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?<name>" + NAME + ")",
            StartPattern.atWordStart("0123456789"));
    /**
     * " was 34." closing a sentence: found first, then the subject is read back from it. The test on the
     * first character keeps the regex off most of the text.
     */
    private static final StartPattern AGE_ALONE = StartPattern.of(" (?:was|is) (?<age>\\d{1,3})\\.(?=\\s|$)",
            StartPattern.on(" ", (text, at) -> startsAt(text, at + 1, "was ") || startsAt(text, at + 1, "is ")));
    /** The subject of a sentence that is nothing but the age: a name, or "He"/"She" at the sentence's start. */
    private static final Pattern WHOLE_SUBJECT = Pattern.compile(
            "(?:^|[.!?][\"”’]?\\s+)(?<who>He|She|" + NAME + ")$");
    /** The sentence before "He was 35.", opening on a name and holding no other sentence end. */
    private static final Pattern OPENS_ON_NAME = Pattern.compile(
            "(?:^|[.!?][\"”’]?\\s+)(?<name>" + NAME + ")[^.!?]*[.!?][\"”’]?\\s+$");
    /** How far back "He was 35." may look for the sentence that names its person. */
    private static final int SENTENCE_REACH = 300;
    /** Ages outside this range are not a person's. */
    static final int OLDEST = 115;

    private Ages() {
    }

    /** An age as written: the name as it stands, in article {@code article} at {@code start}..{@code end}. */
    private record Written(String name, int age, int article, int start, int end, String wording) {
    }

    private record Given(String person, int age, int article, Citation citation, String wording) {
    }

    public static List<Disagreement> find(ClusterText text) {
        return find(text, () -> Names.longestNames(text));
    }

    /** As {@link #find(ClusterText)}, with the cluster's {@link Names#longestNames} from a caller that has them. */
    public static List<Disagreement> find(ClusterText text, Supplier<Map<String, String>> longestNames) {
        List<Written> written = new ArrayList<>();
        Set<Integer> articles = new HashSet<>();
        for (int a = 0; a < text.articles().size(); a++) {
            String t = text.articles().get(a).text();
            Matcher m = AGE_AFTER_NAME.matcher(t);
            for (int at = 0; AGE_AFTER_NAME.find(m, t, at, t.length()); at = m.end()) {
                int from = Math.max(0, m.start() - NAME_REACH);
                Matcher n = NAME_AT_END.matcher(t.substring(from, m.start()));
                if (n.find()) add(written, articles, n.group("name"), m.group("age"), a, from + n.start(), m.end(), t);
            }
            m = AGE_ALONE.matcher(t);
            for (int at = 0; AGE_ALONE.find(m, t, at, t.length()); at = m.end()) {
                int from = Math.max(0, m.start() - NAME_REACH);
                Matcher n = WHOLE_SUBJECT.matcher(t.substring(from, m.start()));
                if (!n.find() || n.start("who") == 0 && from > 0) continue; // not the whole subject of its sentence
                int whoAt = from + n.start("who");
                String name = n.group("who").matches("He|She") ? openingName(t, whoAt) : n.group("who");
                if (name != null) add(written, articles, name, m.group("age"), a, whoAt, m.end() - 1, t);
            }
            m = BEFORE_NAME.matcher(t);
            for (int at = 0; BEFORE_NAME.find(m, t, at, t.length()); at = m.end()) add(written, articles, m.group("name"), m.group("age"), a, m.start(), m.end(), t);
        }
        if (articles.size() < 2) return List.of(); // most clusters: names are looked up only where ages could clash
        Map<String, String> longest = longestNames.get();
        Map<String, List<Given>> byPerson = new LinkedHashMap<>();
        for (Written w : written) {
            String person = person(w.name(), longest);
            if (person == null) continue;
            CleanArticle art = text.articles().get(w.article());
            byPerson.computeIfAbsent(firstAndLast(person), k -> new ArrayList<>())
                    .add(new Given(person, w.age(), w.article(), new Citation(w.article(), art.id(), w.start(), w.end()), w.wording()));
        }
        List<Disagreement> out = new ArrayList<>();
        for (List<Given> given : byPerson.values()) {
            Map<Integer, Integer> ageIn = new TreeMap<>();
            boolean slip = false;
            for (Given g : given) slip |= ageIn.merge(g.article(), g.age(), (x, y) -> x.equals(y) ? x : -1) < 0;
            if (slip || given.stream().map(Given::age).distinct().count() < 2) continue;
            Map<Integer, List<Given>> byAge = new TreeMap<>();
            for (Given g : given) byAge.computeIfAbsent(g.age(), k -> new ArrayList<>()).add(g);
            List<Disagreement.Side> sides = new ArrayList<>();
            for (List<Given> same : byAge.values()) {
                sides.add(new Disagreement.Side(String.valueOf(same.get(0).age()), same.get(0).wording(),
                        same.stream().map(Given::citation).toList()));
            }
            out.add(new Disagreement("age of " + given.get(0).person(), sides));
        }
        return out;
    }

    private static void add(List<Written> written, Set<Integer> articles, String name, String age, int article,
                            int start, int end, String t) {
        int years = Integer.parseInt(age);
        if (years < 1 || years > OLDEST) return;
        written.add(new Written(name, years, article, start, end, t.substring(start, end)));
        articles.add(article);
    }

    private static boolean startsAt(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) return false;
        for (int k = 0; k < word.length(); k++) if (text.charAt(at + k) != word.charAt(k)) return false;
        return true;
    }

    /** The name that the sentence before {@code at} opens on ("Colin Kroll, a tech executive, has died."); null when none. */
    private static String openingName(String t, int at) {
        int from = Math.max(0, at - SENTENCE_REACH);
        Matcher p = OPENS_ON_NAME.matcher(t.substring(from, at));
        if (!p.find() || p.start("name") == 0 && from > 0) return null;
        return p.group("name");
    }

    /** The person's full name as the cluster gives it; null when the name is no single known person. */
    private static String person(String raw, Map<String, String> longest) {
        String name = Names.canonical(raw, longest);
        if (name.isEmpty() || Names.isOrganisation(name)) return null;
        String[] parts = Spaces.split(name);
        String full = longest.get(parts[parts.length - 1].toLowerCase(Locale.ROOT));
        // a first name and surname written beside an age are a person's even where nothing else in the
        // cluster marks them as one ("Geraldine Alcorn, 28, was charged"); a surname alone needs the cluster's full form
        if (full == null) return parts.length >= 2 ? name : null;
        if (full.isEmpty()) return null; // a surname two persons share
        return firstAndLast(full).equals(firstAndLast(name)) ? full : null;
    }

    /** "Kevin Deon Johnson" and "Kevin Johnson" are one person: a middle name is written or left out. */
    private static String firstAndLast(String name) {
        String[] parts = Spaces.split(name.toLowerCase(Locale.ROOT));
        return parts.length < 2 ? parts[0] : parts[0] + " " + parts[parts.length - 1];
    }
}
