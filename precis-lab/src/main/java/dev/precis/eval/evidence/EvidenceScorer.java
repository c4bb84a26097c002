package dev.precis.eval.evidence;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Scores Precis' JSON output (docs/json-schema.md) against the evidence labels, separately for the
 * tuning part and the held-apart part (labels/evidence/README.md).
 */
public final class EvidenceScorer {
    /** The two parts of the val-raw labels; {@link #TRAIN} is a third tuning set, on training-split clusters. */
    public static final List<String> PARTS = List.of("tune", "held");
    /** Training-split clusters (train-raw-sample.jsonl): never held apart, a second set to tune on. */
    public static final String TRAIN = "train";

    private final Labels labels;

    public EvidenceScorer(Labels labels) {
        this.labels = labels;
    }

    /**
     * The part a cluster belongs to: a cluster of Multi-News' training split is {@link #TRAIN}; a validation
     * cluster is held apart when CRC32 of its id is divisible by 3, else tune.
     */
    public static String part(String clusterId) {
        if (clusterId.contains("-train-")) return TRAIN;
        CRC32 crc = new CRC32();
        crc.update(clusterId.getBytes(UTF_8));
        return crc.getValue() % 3 == 0 ? "held" : "tune";
    }

    /** @param outputs every cluster's JSON output, by cluster id */
    public EvidenceReport score(Map<String, JsonNode> outputs) {
        EvidenceReport report = new EvidenceReport();
        disagreements(outputs, report);
        quotes(outputs, report);
        timeline(outputs, report);
        citations(outputs, report);
        return report;
    }

    /**
     * The parts that {@code labels} cover: an item of another part is no missing label (the train set labels quotes
     * only, so its disagreements and dates are not listed as unlabelled).
     */
    private static Set<String> labelledParts(List<JsonNode> labels) {
        Set<String> parts = new HashSet<>();
        for (JsonNode l : labels) parts.add(part(l.get("cluster").asText()));
        return parts;
    }

    private void disagreements(Map<String, JsonNode> outputs, EvidenceReport report) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode l : labels.disagreements()) byKey.put(l.get("cluster").asText() + values(l.get("values")), l);
        Set<String> labelled = labelledParts(labels.disagreements());
        for (Map.Entry<String, JsonNode> e : outputs.entrySet()) {
            EvidenceReport.Part p = report.part(part(e.getKey()));
            for (JsonNode d : e.getValue().path("disagreements")) {
                List<String> vals = new ArrayList<>();
                d.path("sides").forEach(s -> vals.add(s.path("value").asText()));
                JsonNode label = byKey.get(e.getKey() + new TreeSet<>(vals));
                if (label == null) {
                    if (labelled.contains(part(e.getKey()))) report.unlabelled("disagreement " + e.getKey() + " " + d.path("subject").asText() + " " + vals);
                    continue;
                }
                boolean real = label.path("real").asBoolean();
                p.disagreementPrecision.add(real);
                if (!real) p.falseDisagreementKinds.merge(label.path("kind").asText(), 1, Integer::sum);
            }
        }
        for (JsonNode cluster : labels.fullRead()) {
            String id = cluster.get("cluster").asText();
            JsonNode out = outputs.get(id);
            if (out == null) continue;
            for (JsonNode conflict : cluster.path("conflicts")) {
                report.part(part(id)).disagreementRecall.add(found(conflict, out));
            }
        }
    }

    private static Set<String> values(JsonNode arr) {
        Set<String> s = new TreeSet<>();
        arr.forEach(v -> s.add(v.asText()));
        return s;
    }

    /** A reported disagreement holds two or more of the conflict's labelled sentences on different sides. */
    private static boolean found(JsonNode conflict, JsonNode out) {
        for (JsonNode d : out.path("disagreements")) {
            Set<Integer> sidesHit = new HashSet<>();
            int sideNo = 0;
            for (JsonNode side : d.path("sides")) {
                for (JsonNode c : side.path("sources")) {
                    for (JsonNode l : conflict.path("sides")) {
                        if (c.path("index").asInt() == l.path("article").asInt()
                                && c.path("start").asInt() >= l.path("start").asInt()
                                && c.path("start").asInt() < l.path("end").asInt()) sidesHit.add(sideNo);
                    }
                }
                sideNo++;
            }
            if (sidesHit.size() >= 2) return true;
        }
        return false;
    }

    private void quotes(Map<String, JsonNode> outputs, EvidenceReport report) {
        Map<String, JsonNode> byKey = new HashMap<>();
        Set<String> labelledClusters = new HashSet<>();
        for (JsonNode l : labels.quotes()) {
            byKey.put(l.get("cluster").asText() + "@" + l.get("article").asInt() + ":" + l.get("start").asInt(), l);
            labelledClusters.add(l.get("cluster").asText());
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : outputs.entrySet()) {
            EvidenceReport.Part p = report.part(part(e.getKey()));
            for (JsonNode q : e.getValue().path("quotes")) {
                String speaker = q.path("speaker").isNull() ? null : q.path("speaker").asText();
                if (Speakers.debris(speaker)) report.debris(e.getKey() + " '" + speaker + "'");
                if (!labelledClusters.contains(e.getKey())) continue;
                JsonNode c = q.path("sources").path(0);
                String key = e.getKey() + "@" + c.path("index").asInt() + ":" + c.path("start").asInt();
                JsonNode label = byKey.get(key);
                if (label == null) {
                    report.unlabelled("quote " + key + " [" + speaker + "] " + head(q.path("text").asText()));
                    continue;
                }
                seen.add(key);
                String gold = label.path("speaker").isNull() ? null : label.path("speaker").asText();
                if (speaker != null) {
                    List<String> aliases = new ArrayList<>();
                    label.path("aliases").forEach(a -> aliases.add(a.asText()));
                    boolean right = Speakers.same(speaker, gold, aliases);
                    p.speakerRight.add(right);
                    if (!right) p.speakerErrors.add(key + " [" + speaker + "] should be [" + gold + "]");
                }
                if (label.path("near").asBoolean()) {
                    p.speakerMissing.add(speaker == null);
                    if (speaker == null) p.speakerErrors.add(key + " missing [" + gold + "]");
                }
            }
        }
        for (String key : byKey.keySet()) {
            if (!seen.contains(key) && outputs.containsKey(byKey.get(key).get("cluster").asText())) report.quotesDropped++;
        }
    }

    private void timeline(Map<String, JsonNode> outputs, EvidenceReport report) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode l : labels.timeline()) {
            byKey.put(l.get("cluster").asText() + "@" + l.get("article").asInt() + ":" + l.get("start").asInt()
                    + ":" + l.get("when").asText(), l);
        }
        Set<String> labelled = labelledParts(labels.timeline());
        for (Map.Entry<String, JsonNode> e : outputs.entrySet()) {
            EvidenceReport.Part p = report.part(part(e.getKey()));
            for (JsonNode t : e.getValue().path("timeline")) {
                if (t.path("date").isNull()) continue;
                JsonNode c = t.path("source");
                String key = e.getKey() + "@" + c.path("index").asInt() + ":" + c.path("start").asInt()
                        + ":" + t.path("when").asText();
                JsonNode label = byKey.get(key);
                String date = t.path("date").asText();
                if (label == null) {
                    if (labelled.contains(part(e.getKey()))) report.unlabelled("timeline " + key + " " + date + " " + head(t.path("text").asText()));
                    continue;
                }
                String judgement = label.path("judgement").asText();
                boolean event = judgement.equals("ok") || judgement.equals("wrong-date");
                if (event && (label.path("date").isNull() || !label.path("date").asText().equals(date))
                        && !date.equals(label.path("date_then").asText())) {
                    report.unlabelled("timeline " + key + " new date " + date + " " + head(t.path("text").asText()));
                    continue;
                }
                boolean right = event && date.equals(label.path("date").asText());
                p.timelineRight.add(right);
                if (!right) p.timelineErrorKinds.merge(judgement, 1, Integer::sum);
            }
        }
    }

    private void citations(Map<String, JsonNode> outputs, EvidenceReport report) {
        Map<String, Map<String, String>> bySentence = new LinkedHashMap<>();
        for (JsonNode l : labels.citations()) {
            bySentence.computeIfAbsent(l.get("cluster").asText() + "|" + l.get("sentence").asText(), k -> new HashMap<>())
                    .put(l.get("article").asInt() + ":" + l.get("start").asInt(), l.get("judgement").asText());
        }
        Set<String> labelled = labelledParts(labels.citations());
        for (Map.Entry<String, JsonNode> e : outputs.entrySet()) {
            EvidenceReport.Part p = report.part(part(e.getKey()));
            for (JsonNode s : e.getValue().path("sentences")) {
                String text = s.path("text").asText();
                Map<String, String> judged = bySentence.get(e.getKey() + "|" + text.substring(0, Math.min(80, text.length())));
                if (judged == null) continue;
                p.citedSentences++;
                JsonNode sources = s.path("sources");
                for (int i = 1; i < sources.size(); i++) {
                    String key = sources.get(i).path("index").asInt() + ":" + sources.get(i).path("start").asInt();
                    String j = judged.get(key);
                    if (j == null) {
                        if (labelled.contains(part(e.getKey()))) report.unlabelled("citation " + e.getKey() + " '" + head(text) + "' -> " + key);
                        continue;
                    }
                    p.citationSame.add(j.equals("same"));
                    if (!j.equals("same")) p.citationErrorKinds.merge(j, 1, Integer::sum);
                }
            }
        }
    }

    private static String head(String s) {
        return s.length() <= 70 ? s : s.substring(0, 70) + "...";
    }
}
