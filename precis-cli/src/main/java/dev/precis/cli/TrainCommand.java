package dev.precis.cli;

import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.model.BadInputException;
import dev.precis.Summarizers;
import dev.precis.eval.RougeScores;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.train.DevSet;
import dev.precis.train.Headroom;
import dev.precis.train.OffTopicCheck;
import dev.precis.train.SelectionAblation;
import dev.precis.train.ModelStudies;
import dev.precis.train.Labelling;
import dev.precis.score.learned.Features;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.train.Trainer;
import dev.precis.train.TrainingCluster;
import dev.precis.score.LexRankScorer;
import dev.precis.select.Budget;
import dev.precis.select.Selector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the learned sentence ranker (LightGBM) on clusters with reference summaries. "
                + "Each candidate sentence is labelled by the project's own ROUGE against the reference "
                + "(its ROUGE-1/2 recall alone and whether the greedy oracle takes it); one query per cluster. "
                + "Deterministic for a given seed. Writes a LightGBM text model; the shipped one is "
                + "precis-core/src/main/resources/dev/precis/score/learned/model.txt."},
        footer = {"", "Example (the shipped model, see docs/learned-ranker.md):",
                "  ./precis train --data ../shared/data/multinews/train-truncated-12k.jsonl.gz \\",
                "      --data ../shared/data/multinews/train-raw-sample.jsonl \\",
                "      --out precis-core/src/main/resources/dev/precis/score/learned/model.txt"})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", arity = "1..*", paramLabel = "FILE.jsonl[.gz]",
            description = "Training clusters with a \"summary\" reference; repeatable.")
    List<Path> data;

    @Option(names = "--off-topic", paramLabel = "FILE.jsonl[.gz]",
            description = "Instead of training: how well the article-level off-topic fit separates the articles labelled "
                    + "\"irrelevant\" in this file (first --limit clusters) from the others.")
    Path offTopic;

    @Option(names = "--headroom", paramLabel = "FILE.jsonl[.gz]",
            description = "Instead of training: where the shipped learned summarizer loses ROUGE on these clusters (first "
                    + "--limit): its summaries against the greedy oracle over the same candidates, and against its own "
                    + "selector given the oracle's choice as scores; overall and by cluster size.")
    Path headroom;

    @Option(names = "--out", paramLabel = "MODEL", description = "Where to write the model (LightGBM text format).")
    Path out;

    @Option(names = "--exclude-ids-from", paramLabel = "FILE.jsonl",
            description = "Leave out every cluster whose id appears in this file (keep tuning data out of training).")
    List<Path> exclude;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N clusters of each file (0 = all).")
    int limit;

    @Option(names = "--words", defaultValue = "256", description = "Summary budget the oracle labels for (default ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--objective", defaultValue = "binary", paramLabel = "lambdarank|regression|binary",
            description = "What to learn (default ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--trees", defaultValue = "150", description = "Boosting rounds (default ${DEFAULT-VALUE}).")
    int trees;

    @Option(names = "--leaves", defaultValue = "31", description = "Leaves per tree (default ${DEFAULT-VALUE}).")
    int leaves;

    @Option(names = "--learning-rate", defaultValue = "0.05", description = "Shrinkage (default ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--min-leaf", defaultValue = "50", description = "Minimum rows per leaf (default ${DEFAULT-VALUE}).")
    int minLeaf;

    @Option(names = "--sampling", defaultValue = "1.0",
            description = "Fraction of rows (bagging) and features each tree sees (default ${DEFAULT-VALUE}: all).")
    double sampling;

    @Option(names = "--near-duplicate", defaultValue = "0.75", paramLabel = "COSINE",
            description = "Binary labels: a candidate the oracle skipped is positive too when its cosine with a sentence the "
                    + "oracle took is at least this (default ${DEFAULT-VALUE}; 1.01 = oracle picks only).")
    double nearDuplicate;

    @Option(names = "--pair-oracle", defaultValue = "10", paramLabel = "K",
            description = "Labels: the oracle may also take, in one step, any pair of the K candidates with the best ROUGE "
                    + "recall alone (default ${DEFAULT-VALUE}; 0: single sentences only).")
    int pairOracle;

    @Option(names = "--without", split = ",", paramLabel = "GROUP",
            description = "Feature groups to leave out: position, length, centrality, support, content, surface, case.")
    List<String> without;

    @Option(names = "--threads", defaultValue = "1", description = "Threads for preparing and labelling clusters (default ${DEFAULT-VALUE}); training itself uses one.")
    int threads;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "With --eval: score this model (LightGBM text, as --out writes it) instead of training one.")
    Path modelFile;

    @Option(names = "--weights", split = ",", paramLabel = "W",
            description = "A training weight for the clusters of each --data file, in their order (default: all 1); "
                    + "to give the few raw clusters more say beside the many truncated ones.")
    List<Double> weights;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep the labelled rows of each --data file in this folder (one file per data file name); when "
                    + "one exists and matches the current features it is used instead of reading that file again (a "
                    + "development convenience: it does not check the data's content).")
    Path cache;

    @Option(names = "--eval", paramLabel = "CLUSTERS.jsonl[.gz]",
            description = "After training, score the new model on these clusters (and lexrank for comparison); repeatable.")
    List<Path> eval;

    @Option(names = "--eval-limit", defaultValue = "0", description = "Use only the first N clusters of each --eval file (0 = all).")
    int evalLimit;

    @Option(names = "--selectors", description = "With --eval: score the new model with every selector, not only --selector.")
    boolean allSelectors;

    @Option(names = "--ablate", description = "With --eval: also train one model per left-out feature group and report ROUGE on --eval.")
    boolean ablate;

    @Option(names = "--curve", split = ",", paramLabel = "N",
            description = "With --eval: a learning curve, one model per size, trained on the first N clusters of the first "
                    + "--data file plus every other --data file.")
    List<Integer> curve;

    @Option(names = "--selector", defaultValue = "mmr", description = "Selector of --eval, --ablate and --curve (default ${DEFAULT-VALUE}).")
    String selectorName;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        if (offTopic != null) return offTopicCheck(out, t0);
        if (headroom != null) return headroom(out, err, t0);
        if (modelFile != null) return evaluateOnly(out, err, t0);
        if (data == null || data.isEmpty()) throw new BadInputException("give --data FILE with the training clusters");
        checkWeights();
        if (this.out == null && eval == null) throw new BadInputException("give --out MODEL (or --eval to only measure)");
        if (curve != null && curve.stream().anyMatch(n -> n < 1)) throw new BadInputException("--curve sizes must be at least 1");
        Trainer.Params params = Trainer.Params.defaults().withSeed(seed).withTrees(trees).withLeaves(leaves)
                .withLearningRate(learningRate).withMinLeaf(minLeaf).withObjective(parseObjective(objective)).withSampling(sampling)
                .withNearDuplicate(nearDuplicate)
                .withDropped(groups(without));
        Selector selector = Summarizers.selector(selectorName);
        Pipeline pipeline = Precis.pipeline();

        Set<String> excluded = excludedIds(err);
        Labelling labelling = new Labelling(pipeline, Budget.words(words), pairOracle, threads, err);
        List<List<TrainingCluster>> files = new ArrayList<>();
        for (Path p : data) files.add(labelling.usable(labelling.ofFile(p, cache, limit), limit, excluded, p));
        List<TrainingCluster> rows = new ArrayList<>();
        files.forEach(rows::addAll);
        int total = rows.stream().mapToInt(TrainingCluster::rows).sum();
        err.printf(Locale.ROOT, "train: %d clusters, %d candidate sentences, %d features; labelled in %.1f s%n",
                rows.size(), total, Features.count(), (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        double[] clusterWeights = clusterWeights(files);
        String model = Trainer.train(rows, clusterWeights, params, it -> err.printf(Locale.ROOT, "train: round %d/%d%n", it, params.trees()));
        err.printf(Locale.ROOT, "train: %s, %d trees in %.1f s%n", params.objective().name().toLowerCase(Locale.ROOT),
                params.trees(), (System.nanoTime() - t1) / 1e9);
        if (this.out != null) {
            if (this.out.getParent() != null) Files.createDirectories(this.out.getParent());
            Files.writeString(this.out, model, StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "wrote %s (%d clusters, %d sentences, %d trees, seed %d) in %.1f s%n", this.out,
                    rows.size(), total, params.trees(), seed, (System.nanoTime() - t0) / 1e9);
        }

        if (eval != null) {
            Map<String, DevSet> sets = new LinkedHashMap<>();
            for (Path p : eval) sets.put(p.getFileName().toString(), new DevSet(EvalData.load(p, evalLimit, err), pipeline));
            Budget budget = Budget.words(words);
            LearnedScorer learned = LearnedScorer.of(model);
            out.println();
            out.println("| data | scorer | selector | ROUGE-1 | ROUGE-2 | ROUGE-SU4 | ROUGE-L |");
            out.println("|---|---|---|---:|---:|---:|---:|");
            for (Map.Entry<String, DevSet> d : sets.entrySet()) {
                Map<String, Selector> chosen = allSelectors ? Summarizers.selectors() : Map.of(selector.name(), selector);
                for (Map.Entry<String, Selector> e : chosen.entrySet()) {
                    row(out, d.getKey(), "learned", e.getKey(), d.getValue().evaluate(learned, e.getValue(), budget));
                }
                row(out, d.getKey(), "lexrank", selector.name(), d.getValue().evaluate(new LexRankScorer(), selector, budget));
            }
            if (curve != null) ModelStudies.learningCurve(out, curve.stream().sorted().toList(), files, params, sets, selector, budget);
            if (ablate) {
                ModelStudies.featureAblation(out, rows, params, learned, sets, selector, budget);
                SelectionAblation.write(out, sets.values().iterator().next(), learned, budget);
            }
            out.printf(Locale.ROOT, "%nwall %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        out.flush();
        return 0;
    }

    /** {@code --model}: a trained model's ROUGE on every --eval file, as the rows after training give it. */
    private int evaluateOnly(PrintWriter out, PrintWriter err, long t0) throws IOException {
        if (eval == null || eval.isEmpty()) throw new BadInputException("--model needs --eval FILE");
        if (!Files.isReadable(modelFile)) throw new BadInputException("cannot read " + modelFile);
        LearnedScorer learned = LearnedScorer.of(Files.readString(modelFile, StandardCharsets.UTF_8));
        Selector selector = Summarizers.selector(selectorName);
        out.println("| data | scorer | selector | ROUGE-1 | ROUGE-2 | ROUGE-SU4 | ROUGE-L |");
        out.println("|---|---|---|---:|---:|---:|---:|");
        for (Path p : eval) {
            DevSet set = new DevSet(EvalData.load(p, evalLimit, err), Precis.pipeline());
            row(out, p.getFileName().toString(), "learned", selector.name(), set.evaluate(learned, selector, Budget.words(words)));
        }
        out.printf(Locale.ROOT, "%nwall %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
        return 0;
    }

    private int headroom(PrintWriter out, PrintWriter err, long t0) {
        DevSet set = new DevSet(EvalData.load(headroom, limit, err), Precis.pipeline());
        Headroom h = set.headroom(new LearnedScorer(), Summarizers.selector(selectorName), Budget.words(words));
        out.printf(Locale.ROOT, "Headroom on %s (%d clusters, %d words, learned + %s): ROUGE-1 / ROUGE-2 F1%n%n",
                headroom.getFileName(), set.size(), words, selectorName);
        out.println("| clusters | sentences | summary words | summary | oracle's choice through the selector | oracle | oracle's sentences in the summary |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        headroomRow(out, "all", h.all());
        for (Headroom.Mean m : h.bySize(4)) headroomRow(out, "size quarter", m);
        out.printf(Locale.ROOT, "%n%.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
        return 0;
    }

    private static void headroomRow(PrintWriter out, String label, Headroom.Mean m) {
        out.printf(Locale.ROOT, "| %s (%d) | %d-%d | %.1f | %.4f / %.4f | %.4f / %.4f | %.4f / %.4f | %.2f |%n", label, m.clusters(),
                m.minSentences(), m.maxSentences(), m.words(), m.summary().rouge1().f1(), m.summary().rouge2().f1(),
                m.perfect().rouge1().f1(), m.perfect().rouge2().f1(), m.oracle().rouge1().f1(), m.oracle().rouge2().f1(), m.taken());
    }

    private int offTopicCheck(PrintWriter out, long t0) throws IOException {
        if (!Files.isReadable(offTopic)) throw new BadInputException("cannot read " + offTopic);
        OffTopicCheck.Result r = OffTopicCheck.run(offTopic, limit, Precis.pipeline());
        out.printf(Locale.ROOT, "off-topic fit on %s: %d articles, %d labelled irrelevant; ROC AUC %.4f; best threshold %.3f: "
                        + "accuracy %.4f (all on-topic: %.4f), recall %.4f, precision %.4f; %.1f s%n",
                offTopic.getFileName(), r.articles(), r.offTopic(), r.auc(), r.threshold(), r.accuracy(),
                r.articles() == 0 ? 0 : 1 - (double) r.offTopic() / r.articles(), r.recall(), r.precision(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        return 0;
    }

    /** Refuses --weights that do not give one positive weight per --data file, before any labelling. */
    private void checkWeights() {
        if (weights == null || weights.isEmpty()) return;
        if (weights.size() != data.size()) {
            throw new BadInputException("--weights needs one weight per --data file: " + data.size() + " files, " + weights.size() + " weights");
        }
        if (weights.stream().anyMatch(w -> !(w > 0) || w.isInfinite())) throw new BadInputException("--weights must be positive");
    }

    /** One weight per training cluster from {@code --weights} (one per data file); null when not given. */
    private double[] clusterWeights(List<List<TrainingCluster>> files) {
        if (weights == null || weights.isEmpty()) return null;
        double[] out = new double[files.stream().mapToInt(List::size).sum()];
        int k = 0;
        for (int f = 0; f < files.size(); f++) {
            for (int c = 0; c < files.get(f).size(); c++) out[k++] = weights.get(f);
        }
        return out;
    }

    private static void row(PrintWriter out, String data, String scorer, String selector, RougeScores r) {
        out.printf(Locale.ROOT, "| %s | %s | %s | %.4f | %.4f | %.4f | %.4f |%n", data, scorer, selector,
                r.rouge1().f1(), r.rouge2().f1(), r.rougeSU4().f1(), r.rougeL().f1());
        out.flush();
    }

    private Set<String> excludedIds(PrintWriter err) {
        Set<String> ids = new HashSet<>();
        if (exclude == null) return ids;
        for (Path p : exclude) {
            for (ClusterInput in : Sources.readAll(p)) if (in.cluster() != null) ids.add(in.cluster().id());
            err.printf(Locale.ROOT, "train: excluding %d cluster ids from %s%n", ids.size(), p.getFileName());
        }
        return ids;
    }

    private static Trainer.Objective parseObjective(String s) {
        try {
            return Trainer.Objective.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--objective takes lambdarank, regression or binary, not '" + s + "'");
        }
    }

    private static Set<Features.Group> groups(List<String> names) {
        Set<Features.Group> out = EnumSet.noneOf(Features.Group.class);
        if (names == null) return out;
        Map<String, Features.Group> byName = new LinkedHashMap<>();
        for (Features.Group g : Features.Group.values()) byName.put(g.name().toLowerCase(Locale.ROOT), g);
        for (String n : names) {
            Features.Group g = byName.get(n.trim().toLowerCase(Locale.ROOT));
            if (g == null) throw new BadInputException("unknown feature group '" + n + "'; choose from " + String.join(", ", byName.keySet()));
            out.add(g);
        }
        return out;
    }
}
