package dev.precis.eval.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.evidence.quotes.SpeakerPath;
import dev.precis.evidence.quotes.SpeakerPaths;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterStream;
import dev.precis.ingest.Sources;
import dev.precis.model.BadInputException;
import dev.precis.model.Citation;
import dev.precis.model.ClusterText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Named speakers right, wrong and missing by the attribution form that chose them ({@link SpeakerPath}), over the
 * quote labels of the tuning parts only (the held part is never read for errors): which forms are precise and which
 * are not. A form's wrong speakers are split by whether a "he"/"she" stands in the attribution next to the quote
 * (read from the text, so approximate), since pronouns are resolved apart from the forms.
 * <p>
 * Run: {@code java -cp precis.jar dev.precis.eval.evidence.SpeakerPathReport LABELS DATA... [--list]}.
 */
public final class SpeakerPathReport {
    /** "he said", "said she", ", he added": a pronoun in the attribution right after the quote. */
    private static final Pattern PRONOUN_AFTER = Pattern.compile("^\\W{0,4}(?:(?:he|she)\\s+\\p{Ll}+|\\p{Ll}+\\s+(?:he|she)\\b)");
    /** "He told reporters: ": a pronoun in the words right before the quote, in its sentence. */
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b[^.!?\"“”]{0,40}[\"“]?\\s*$");

    /** Right, wrong (and of those, next to a "he"/"she") and missing counts of one path. */
    static final class Counts {
        int right, wrong, wrongPronoun, rightNear;
        final List<String> errors = new ArrayList<>();

        double precision() {
            return right + wrong == 0 ? Double.NaN : (double) right / (right + wrong);
        }
    }

    private SpeakerPathReport() {
    }

    public static void main(String[] args) {
        boolean list = List.of(args).contains("--list");
        List<String> rest = new ArrayList<>(List.of(args));
        rest.remove("--list");
        Labels labels = Labels.load(Path.of(rest.get(0)));
        Map<SpeakerPath, Counts> counts = new EnumMap<>(SpeakerPath.class);
        int[] missing = new int[1];
        for (String data : rest.subList(1, rest.size())) count(Path.of(data), labels, counts, missing);
        System.out.print(table(counts, missing[0], list));
    }

    /** Adds the labelled tuning quotes of {@code data} to {@code counts}; {@code missing[0]}: near speakers not given. */
    static void count(Path data, Labels labels, Map<SpeakerPath, Counts> counts, int[] missing) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode l : labels.quotes()) {
            String cluster = l.get("cluster").asText();
            if (EvidenceScorer.part(cluster).equals("held")) continue; // measured only, never read for errors
            byKey.put(cluster + "@" + l.get("article").asInt() + ":" + l.get("start").asInt(), l);
        }
        Pipeline pipeline = Precis.pipeline();
        try (ClusterStream stream = Sources.open(data)) {
            for (ClusterInput in : stream) {
                if (!in.ok() || EvidenceScorer.part(in.cluster().id()).equals("held")) continue;
                ClusterText text;
                try {
                    text = pipeline.prepare(in.cluster());
                } catch (BadInputException e) {
                    continue;
                }
                for (SpeakerPaths.Traced t : SpeakerPaths.traced(text)) {
                    Citation c = t.quote().citations().get(0);
                    String key = in.cluster().id() + "@" + (c.article() + 1) + ":" + c.start();
                    JsonNode label = byKey.get(key);
                    if (label == null) continue;
                    String gold = label.path("speaker").isNull() ? null : label.path("speaker").asText();
                    boolean near = label.path("near").asBoolean();
                    String speaker = t.quote().speaker().isEmpty() ? null : t.quote().speaker();
                    if (speaker == null) {
                        if (near) missing[0]++;
                        continue;
                    }
                    Counts n = counts.computeIfAbsent(t.path(), p -> new Counts());
                    if (Speakers.same(speaker, gold)) {
                        n.right++;
                        if (near) n.rightNear++;
                        continue;
                    }
                    n.wrong++;
                    String article = text.articles().get(c.article()).text();
                    boolean pronoun = PRONOUN_AFTER.matcher(article.substring(c.end(), Math.min(article.length(), c.end() + 20))).find()
                            || PRONOUN_BEFORE.matcher(article.substring(Math.max(0, c.start() - 60), c.start())).find();
                    if (pronoun) n.wrongPronoun++;
                    n.errors.add(key + (pronoun ? " (he/she)" : "") + " [" + speaker + "] should be [" + gold + "]");
                }
            }
        }
    }

    /**
     * The table: per path, right, wrong (he/she among them), precision, and what giving no speaker on that path would
     * cost: its right speakers named near the quote would become missing.
     */
    static String table(Map<SpeakerPath, Counts> counts, int missing, boolean list) {
        StringBuilder sb = new StringBuilder("| path | right | wrong | of which he/she | precision | right named near (missing if dropped) |\n|---|---|---|---|---|---|\n");
        int right = 0, wrong = 0;
        for (Map.Entry<SpeakerPath, Counts> e : counts.entrySet()) {
            Counts n = e.getValue();
            right += n.right;
            wrong += n.wrong;
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %d |%n", e.getKey(), n.right, n.wrong, n.wrongPronoun,
                    n.precision(), n.rightNear));
        }
        sb.append(String.format(Locale.ROOT, "| all | %d | %d | | %.3f | missing now: %d |%n", right, wrong,
                right + wrong == 0 ? Double.NaN : (double) right / (right + wrong), missing));
        if (list) counts.forEach((p, n) -> n.errors.forEach(err -> sb.append(p).append(' ').append(err).append('\n')));
        return sb.toString();
    }
}
