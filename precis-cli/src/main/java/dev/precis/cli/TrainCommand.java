package dev.precis.cli;

import dev.precis.Pipeline;
import dev.precis.Precis;
import dev.precis.model.BadInputException;
import dev.precis.Summarizers;
import dev.precis.eval.Rouge;
import dev.precis.eval.RougeScores;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.Sources;
import dev.precis.train.DevSet;
import dev.precis.score.learned.Features;
import dev.precis.score.learned.LearnedScorer;
import dev.precis.train.Trainer;
import dev.precis.train.TrainingCluster;
import dev.precis.model.Cluster;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the learned sentence ranker (LightGBM) on clusters with reference summaries. "
                + "Each candidate sentence is labelled by the project's own ROUGE against the reference "
                + "(its ROUGE-1/2 recall alone and whether the greedy oracle takes it); one query per cluster. "
                + "Deterministic for a given seed. Writes a LightGBM text model; the shipped one is "
                + "precis-core/src/main/resources/dev/precis/score/learned/model.txt."},
        footer = {"", "Example (the shipped model, see docs/learned-ranker.md):",
                "  ./precis train --data ../shared/data/multinews/val-truncated.jsonl.gz \\",
                "      --data ../shared/data/multinews/train-raw-sample.jsonl \\",
                "      --exclude-ids-from ../shared/data/multinews/val-raw.jsonl \\",
                "      --out precis-core/src/main/resources/dev/precis/score/learned/model.txt"})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE.jsonl[.gz]",
            description = "Training clusters with a \"summary\" reference; repeatable.")
    List<Path> data;

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

    @Option(names = "--without", split = ",", paramLabel = "GROUP",
            description = "Feature groups to leave out: position, length, centrality, support, content, surface, case.")
    List<String> without;

    @Option(names = "--threads", defaultValue = "1", description = "Threads for preparing and labelling clusters (default ${DEFAULT-VALUE}); training itself uses one.")
    int threads;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep the labelled rows in this file; when it exists and matches the current features it is used "
                    + "instead of reading --data again (a development convenience: it does not check which data made it).")
    Path cache;

    @Option(names = "--eval", paramLabel = "CLUSTERS.jsonl",
            description = "After training, score the new model on these clusters with every selector (and lexrank for comparison).")
    Path eval;

    @Option(names = "--ablate", description = "With --eval: also train one model per left-out feature group and report ROUGE-2 on --eval.")
    boolean ablate;

    @Option(names = "--selector", defaultValue = "mmr", description = "Selector used by --ablate (default ${DEFAULT-VALUE}).")
    String selectorName;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        if (this.out == null && eval == null) throw new BadInputException("give --out MODEL (or --eval to only measure)");
        Trainer.Params params = Trainer.Params.defaults().withSeed(seed).withTrees(trees).withLeaves(leaves)
                .withLearningRate(learningRate).withMinLeaf(minLeaf).withObjective(parseObjective(objective)).withSampling(sampling)
                .withNearDuplicate(nearDuplicate)
                .withDropped(groups(without));
        Selector selector = Summarizers.selector(selectorName);
        Pipeline pipeline = Precis.pipeline();

        List<TrainingCluster> rows = cache != null && Files.exists(cache) ? TrainingCluster.read(cache) : null;
        if (rows != null) {
            err.printf(Locale.ROOT, "train: %d labelled clusters from cache %s%n", rows.size(), cache);
        } else {
            Set<String> excluded = excludedIds(err);
            List<Cluster> clusters = new ArrayList<>();
            for (Path p : data) {
                int kept = 0, skipped = 0;
                for (ClusterInput in : Sources.readAll(p)) {
                    Cluster c = in.cluster();
                    if (c == null || !c.hasReference()) continue;
                    if (excluded.contains(c.id())) {
                        skipped++;
                        continue;
                    }
                    clusters.add(c);
                    kept++;
                    if (limit > 0 && kept >= limit) break;
                }
                err.printf(Locale.ROOT, "train: %s: %d clusters kept, %d excluded by id%n", p.getFileName(), kept, skipped);
            }
            rows = label(clusters, pipeline, err);
            if (cache != null) TrainingCluster.write(rows, cache);
        }
        int total = rows.stream().mapToInt(TrainingCluster::rows).sum();
        err.printf(Locale.ROOT, "train: %d clusters, %d candidate sentences, %d features; labelled in %.1f s%n",
                rows.size(), total, Features.count(), (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        String model = Trainer.train(rows, params, it -> err.printf(Locale.ROOT, "train: round %d/%d%n", it, params.trees()));
        err.printf(Locale.ROOT, "train: %s, %d trees in %.1f s%n", params.objective().name().toLowerCase(Locale.ROOT),
                params.trees(), (System.nanoTime() - t1) / 1e9);
        if (this.out != null) {
            if (this.out.getParent() != null) Files.createDirectories(this.out.getParent());
            Files.writeString(this.out, model, StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "wrote %s (%d clusters, %d sentences, %d trees, seed %d) in %.1f s%n", this.out,
                    rows.size(), total, params.trees(), seed, (System.nanoTime() - t0) / 1e9);
        }

        if (eval != null) {
            List<Cluster> dev = EvalData.load(eval, 0, err);
            DevSet set = new DevSet(dev, pipeline);
            Budget budget = Budget.words(words);
            out.println();
            out.println("| scorer | selector | ROUGE-1 | ROUGE-2 | ROUGE-SU4 | ROUGE-L |");
            out.println("|---|---|---:|---:|---:|---:|");
            LearnedScorer learned = LearnedScorer.of(model);
            for (Map.Entry<String, Selector> e : Summarizers.selectors().entrySet()) {
                row(out, "learned", e.getKey(), set.evaluate(learned, e.getValue(), budget));
            }
            row(out, "lexrank", "mmr", set.evaluate(new LexRankScorer(), Summarizers.selector("mmr"), budget));
            if (ablate) {
                out.println();
                out.printf("Ablation (%s selection, %d clusters of %s): ROUGE-2 F1 without each feature group%n",
                        selector.name(), set.size(), eval.getFileName());
                out.println();
                out.println("| without | ROUGE-1 | ROUGE-2 | ΔROUGE-2 |");
                out.println("|---|---:|---:|---:|");
                RougeScores full = set.evaluate(learned, selector, budget);
                out.printf(Locale.ROOT, "| (nothing) | %.4f | %.4f | |%n", full.rouge1().f1(), full.rouge2().f1());
                out.flush();
                for (Features.Group g : Features.Group.values()) {
                    Set<Features.Group> drop = EnumSet.copyOf(params.dropped().isEmpty() ? EnumSet.noneOf(Features.Group.class) : params.dropped());
                    drop.add(g);
                    String m = Trainer.train(rows, params.withDropped(drop), null);
                    RougeScores r = set.evaluate(LearnedScorer.of(m), selector, budget);
                    out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %+.4f |%n", g.name().toLowerCase(Locale.ROOT),
                            r.rouge1().f1(), r.rouge2().f1(), r.rouge2().f1() - full.rouge2().f1());
                    out.flush();
                }
            }
            if (ablate) selectionAblation(out, set, learned, budget);
            out.printf(Locale.ROOT, "%nwall %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        out.flush();
        return 0;
    }

    /**
     * Selection steps added one at a time on the learned scores: best-first until the first sentence
     * that does not fit, then skipping what does not fit (filling the budget), then the candidate
     * filter (no fragments under 5 words, questions or bare dialogue), then refusing near-repeats
     * (cosine > 0.5), then MMR's novelty term, then source order instead of score order.
     */
    private static void selectionAblation(PrintWriter out, DevSet set, LearnedScorer learned, Budget budget) {
        out.println();
        out.println("Selection steps, learned scores (each row adds one step to the row above):");
        out.println();
        out.println("| selection | ROUGE-1 | ROUGE-2 | ROUGE-L | ΔROUGE-2 |");
        out.println("|---|---:|---:|---:|---:|");
        dev.precis.order.Orderer byScore = (text, chosen) -> chosen; // selectors return best-first
        dev.precis.order.Orderer bySource = new dev.precis.order.SourceOrderer();
        Object[][] steps = {
                {"best-first, stop at the first sentence that does not fit, any sentence", new Greedy(false, false), byScore},
                {"+ skip what does not fit (fill the budget)", new Greedy(true, false), byScore},
                {"+ candidate filter (>= 5 words, no questions or bare dialogue)", new Greedy(true, true), byScore},
                {"+ refuse near-repeats (cosine > 0.5)", new dev.precis.select.MmrSelector(1.0, 0.5), byScore},
                {"+ MMR novelty (lambda 0.7)", new dev.precis.select.MmrSelector(), byScore},
                {"+ source order (the shipped summarizer)", new dev.precis.select.MmrSelector(), bySource},
        };
        double previous = Double.NaN;
        for (Object[] step : steps) {
            RougeScores r = set.evaluate(learned, (Selector) step[1], budget, (dev.precis.order.Orderer) step[2]);
            double r2 = r.rouge2().f1();
            out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %s |%n", step[0], r.rouge1().f1(), r2, r.rougeL().f1(),
                    Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%+.4f", r2 - previous));
            out.flush();
            previous = r2;
        }
    }

    /** Best score first with no redundancy check; for the selection ablation only. */
    private record Greedy(boolean fill, boolean filter) implements Selector {
        @Override
        public String name() {
            return "greedy";
        }

        @Override
        public List<dev.precis.model.Sentence> select(dev.precis.analysis.ClusterAnalysis analysis, double[] scores, Budget budget) {
            dev.precis.model.ClusterText text = analysis.text();
            Integer[] ids = new Integer[text.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = i;
            java.util.Arrays.sort(ids, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
            List<dev.precis.model.Sentence> chosen = new ArrayList<>();
            int left = budget.limit();
            for (int id : ids) {
                dev.precis.model.Sentence s = text.sentence(id);
                if (filter && !dev.precis.select.Candidates.eligible(s)) continue;
                int cost = budget.cost(s);
                if (cost > left) {
                    if (fill) continue;
                    break;
                }
                chosen.add(s);
                left -= cost;
            }
            return chosen;
        }
    }

    private static void row(PrintWriter out, String scorer, String selector, RougeScores r) {
        out.printf(Locale.ROOT, "| %s | %s | %.4f | %.4f | %.4f | %.4f |%n", scorer, selector,
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

    private List<TrainingCluster> label(List<Cluster> clusters, Pipeline pipeline, PrintWriter err) throws Exception {
        Rouge rouge = Rouge.standard();
        Budget budget = Budget.words(words);
        int n = clusters.size();
        TrainingCluster[] done = new TrainingCluster[n];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, (n + Math.max(1, threads) * 4 - 1) / (Math.max(1, threads) * 4));
            java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
            for (int from = 0; from < n; from += chunk) {
                int a = from, b = Math.min(n, from + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = a; i < b; i++) {
                        done[i] = TrainingCluster.of(clusters.get(i), pipeline, rouge, budget);
                        int f = finished.incrementAndGet();
                        if (f % 500 == 0) {
                            synchronized (err) {
                                err.printf(Locale.ROOT, "train: labelled %d/%d clusters%n", f, n);
                                err.flush();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        List<TrainingCluster> rows = new ArrayList<>(n);
        for (TrainingCluster c : done) if (c != null) rows.add(c);
        return rows;
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
