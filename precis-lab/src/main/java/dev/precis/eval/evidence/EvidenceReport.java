package dev.precis.eval.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one scoring run, per part, with the items that still need a label. */
public final class EvidenceReport {
    /** The figures of the tuning part or of the held-apart part. */
    public static final class Part {
        final Tally disagreementPrecision = new Tally();
        final Tally disagreementRecall = new Tally();
        final Map<String, Integer> falseDisagreementKinds = new TreeMap<>();
        final Tally speakerRight = new Tally();
        final Tally speakerMissing = new Tally();
        final List<String> speakerErrors = new ArrayList<>();
        final Tally timelineRight = new Tally();
        final Map<String, Integer> timelineErrorKinds = new TreeMap<>();
        final Tally citationSame = new Tally();
        final Map<String, Integer> citationErrorKinds = new TreeMap<>();
        int citedSentences;

        public double disagreementPrecision() {
            return disagreementPrecision.share();
        }

        public int trueDisagreements() {
            return disagreementPrecision.hits;
        }

        public double speakerRight() {
            return speakerRight.share();
        }

        public double speakerMissing() {
            return speakerMissing.share();
        }

        public double timelineRight() {
            return timelineRight.share();
        }

        public double citationSame() {
            return citationSame.share();
        }

        boolean empty() {
            return disagreementPrecision.total + disagreementRecall.total + speakerRight.total + speakerMissing.total
                    + timelineRight.total + citationSame.total == 0;
        }

        /** How many labelled extra citations are still in the summaries (the figure above is over these). */
        public int citationsJudged() {
            return citationSame.total;
        }
    }

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final List<String> unlabelled = new ArrayList<>();
    private final List<String> debris = new ArrayList<>();
    int quotesDropped;

    EvidenceReport() {
        EvidenceScorer.PARTS.forEach(p -> parts.put(p, new Part()));
    }

    /** The figures of one part; the train part exists once a training-split cluster is scored. */
    public Part part(String name) {
        return parts.computeIfAbsent(name, n -> new Part());
    }

    public List<String> unlabelled() {
        return unlabelled;
    }

    /** Speakers anywhere in the output that are no name or description: widget debris or a piece of the writer's sentence. */
    public List<String> debris() {
        return debris;
    }

    void unlabelled(String item) {
        unlabelled.add(item);
    }

    void debris(String item) {
        debris.add(item);
    }

    /** The report as lines of text; errors of the tuning parts are listed on request, the held-apart part's never. */
    public String text(boolean listTuningErrors) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Part> e : parts.entrySet()) {
            Part p = e.getValue();
            if (p.empty()) continue; // scoring train-raw-sample alone leaves tune and held with nothing to report
            b.append("== ").append(e.getKey()).append('\n');
            b.append("disagreement precision   ").append(p.disagreementPrecision).append("  false kinds ")
                    .append(p.falseDisagreementKinds).append('\n');
            b.append("disagreement recall      ").append(p.disagreementRecall).append("  (fully read clusters)\n");
            b.append("named speaker right      ").append(p.speakerRight).append('\n');
            b.append("speaker near but missing ").append(p.speakerMissing).append('\n');
            b.append("timeline dated right     ").append(p.timelineRight).append("  errors ")
                    .append(p.timelineErrorKinds).append('\n');
            b.append("extra citation same fact ").append(p.citationSame).append("  errors ")
                    .append(p.citationErrorKinds).append("  (labelled sentences still in the summary: ")
                    .append(p.citedSentences).append(")\n");
            if (listTuningErrors && !e.getKey().equals("held")) p.speakerErrors.forEach(s -> b.append("  ").append(s).append('\n'));
        }
        int trueTotal = parts.values().stream().mapToInt(Part::trueDisagreements).sum();
        b.append("true disagreements reported over all clusters: ").append(trueTotal).append('\n');
        b.append("labelled quotes no longer reported: ").append(quotesDropped).append('\n');
        b.append("debris speakers (all clusters): ").append(debris.size()).append('\n');
        debris.forEach(d -> b.append("  ").append(d).append('\n'));
        b.append("unlabelled items: ").append(unlabelled.size()).append('\n');
        unlabelled.forEach(u -> b.append("  ").append(u).append('\n'));
        return b.toString();
    }
}
