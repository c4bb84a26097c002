package dev.precis.fuzz;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.clean.Cleaner;
import dev.precis.clean.rules.Rules;
import dev.precis.ingest.ClusterInput;
import dev.precis.ingest.ClusterJson;
import dev.precis.ingest.HtmlArticles;
import dev.precis.ingest.Sources;
import dev.precis.model.Article;
import dev.precis.model.BadInputException;
import dev.precis.model.CleanArticle;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.render.Renderers;
import dev.precis.segment.OpenNlpSegmenter;
import dev.precis.select.Budget;
import dev.precis.testing.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutation fuzzing of every reader, the cleaner, the segmenter, the whole pipeline and the renderers:
 * real article text and JSONL lines (from ../shared when present, else built-in seeds) cut, spliced,
 * byte-flipped and wrapped in deep HTML, plus random bytes. The only acceptable failure is a
 * {@link BadInputException} with a one-line message. The normal build runs a small number of inputs;
 * {@code -Dprecis.fuzz=1000000 -Dprecis.fuzz.threads=2} runs the big campaign (inputs are spread over the
 * targets, cheap readers getting most, the full pipeline one in 50). Every input has its own seeded random
 * source, so a failure is reproducible alone: the message names the seed and the input number, and
 * {@code -Dprecis.fuzz.only=N} reruns just that input.
 */
class FuzzTest {
    private static final int INPUTS = Integer.getInteger("precis.fuzz", 1_000);
    private static final long SEED = Long.getLong("precis.fuzz.seed", 20261201L);
    /** Threads sharing the campaign; each input has its own random source, so the split changes nothing. */
    private static final int THREADS = Integer.getInteger("precis.fuzz.threads", 1);
    /** Reruns one input of a campaign (the number a failure names). */
    private static final int ONLY = Integer.getInteger("precis.fuzz.only", -1);
    /** Articles longer than this are cut before mutation, as fuzzers bound their inputs: size is not what is tested here. */
    static final int MAX_ARTICLE = 4_000;
    private static final Cleaner CLEANER = Rules.cleaner();
    private static final OpenNlpSegmenter SEGMENTER = new OpenNlpSegmenter();

    @Test
    void noInputCrashesAnyStage() throws Exception {
        Seeds seeds = seeds();
        int[][] byTarget = new int[THREADS][6];
        long[][] nanos = new long[THREADS][6];
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < THREADS; t++) {
            final int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = thread; i < INPUTS && failure.get() == null; i += THREADS) {
                        if (ONLY >= 0 && i != ONLY) continue;
                        long t0 = System.nanoTime();
                        int target = fuzzOne(i, seeds);
                        byTarget[thread][target]++;
                        nanos[thread][target] += System.nanoTime() - t0;
                        if (i > 0 && i % 100_000 < THREADS) {
                            System.out.printf("fuzz: %d of %d inputs, 0 crashes so far%n", i, INPUTS);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "fuzz-" + t);
            threads.add(worker);
            worker.start();
        }
        for (Thread w : threads) w.join();
        if (failure.get() != null) throw new AssertionError(failure.get().getMessage(), failure.get());
        int[] total = new int[6];
        double[] ms = new double[6];
        for (int t = 0; t < THREADS; t++) {
            for (int k = 0; k < 6; k++) {
                total[k] += byTarget[t][k];
                ms[k] += nanos[t][k] / 1e6;
            }
        }
        System.out.printf("fuzz: %d inputs (seed %d, %d thread(s), %.0f s): jsonl %d, json %d, html %d, clean %d, segment %d,"
                        + " pipeline+render %d; 0 crashes%n", INPUTS, SEED, THREADS, (System.nanoTime() - started) / 1e9,
                total[0], total[1], total[2], total[3], total[4], total[5]);
        System.out.printf("fuzz: mean ms per input: jsonl %.2f, json %.2f, html %.2f, clean %.2f, segment %.2f, pipeline+render %.2f%n",
                ms[0] / Math.max(1, total[0]), ms[1] / Math.max(1, total[1]), ms[2] / Math.max(1, total[2]),
                ms[3] / Math.max(1, total[3]), ms[4] / Math.max(1, total[4]), ms[5] / Math.max(1, total[5]));
    }

    /** Input number {@code n}: its own random source, its target, its mutated text; returns the target. */
    private static int fuzzOne(int n, Seeds seeds) {
        Random r = new Random(SEED * 1_000_003L + n);
        int target = n % 50 == 0 ? 5 : r.nextInt(5);
        List<String> pool = target <= 1 ? seeds.lines() : seeds.articles();
        String text = mutate(r, pool.get(r.nextInt(pool.size())));
        guarded(n, target, text, t -> run(target, t, r));
        return target;
    }

    private static void run(int target, String text, Random r) {
        switch (target) {
            case 0 -> {
                ClusterInput in = Sources.parseJsonlLine(text.getBytes(StandardCharsets.UTF_8), 1);
                if (in != null && !in.ok()) assertThat(in.error()).doesNotContain("\n");
            }
            case 1 -> ClusterJson.read(text, "fuzz");
            case 2 -> HtmlArticles.extract("fuzz", html(r, text));
            case 3 -> {
                for (CleanArticle a : CLEANER.clean(cluster(text))) assertThat(a.text()).isNotNull();
            }
            case 4 -> {
                Cluster c = cluster(text);
                SEGMENTER.segment(c, CLEANER.clean(c));
            }
            default -> {
                Summary s = Precis.summarize(cluster(text), SummaryOptions.defaults().withBudget(Budget.words(60 + r.nextInt(200))));
                for (String f : Renderers.NAMES) assertThat(Renderers.get(f).render(s)).doesNotContain("\u001b");
            }
        }
    }

    private static void guarded(int n, int target, String input, Consumer<String> body) {
        try {
            body.accept(input);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).as("one-line message, input %d (seed %d)", n, SEED).doesNotContain("\n").isNotBlank();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("input " + n + " (seed " + SEED + ", target " + target + ") crashed: " + e, e);
        }
    }

    private static Cluster cluster(String text) {
        return new Cluster("fuzz", List.of(Article.of("a", text), Article.of("b", text.substring(text.length() / 2))));
    }

    /** Cuts, splices, flips bytes, repeats, or replaces the whole input with random characters. */
    static String mutate(Random r, String s) {
        StringBuilder b = new StringBuilder(s);
        int ops = 1 + r.nextInt(4);
        for (int k = 0; k < ops && b.length() > 0; k++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(7)) {
                case 0 -> b.setLength(at);
                case 1 -> b.insert(at, (char) r.nextInt(0x3000));
                case 2 -> b.setCharAt(at, (char) (b.charAt(at) ^ (1 << r.nextInt(8))));
                case 3 -> b.insert(at, b.substring(at, Math.min(b.length(), at + r.nextInt(400))));
                case 4 -> b.insert(at, new String[] {"\"", "{", "}", "[", "]", "|||||", "NEWLINE_CHAR", "\n\n", "\u0000", "\uFEFF", "Mr.", "...", "“"}[r.nextInt(13)]);
                case 5 -> b.delete(at, Math.min(b.length(), at + r.nextInt(200)));
                default -> {
                    if (r.nextInt(20) == 0) {
                        b.setLength(0);
                        for (int i = 0; i < r.nextInt(500); i++) b.append((char) r.nextInt(0xFFFF));
                    }
                }
            }
        }
        return b.toString();
    }

    /** The text inside deeply nested markup, scripts and broken tags. */
    private static String html(Random r, String text) {
        // Mostly shallow pages, one in ten nested up to 2,000 deep: depth is one hazard among many.
        int depth = r.nextInt(10) == 0 ? r.nextInt(2000) : r.nextInt(40);
        StringBuilder b = new StringBuilder("<html><head><script>var x = \"</div>\";</script></head><body>");
        for (int i = 0; i < depth; i++) b.append(r.nextBoolean() ? "<div>" : "<p><span>");
        b.append("<article><h1>Title</h1><p>").append(text).append("</p></article>");
        if (r.nextBoolean()) for (int i = 0; i < depth; i++) b.append("</div>");
        return b.append("</body></html>").toString();
    }

    /** JSONL lines (for the line and JSON readers) and article texts (for everything else). */
    private record Seeds(List<String> lines, List<String> articles) {
    }

    private static Seeds seeds() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "{\"id\": \"x\", \"documents\": [\"The council approved the budget on Tuesday. It adds forty buses.\", {\"text\": \"Forty buses join the fleet.\", \"title\": \"Buses\", \"date\": \"2016-09-23\"}]}"));
        List<String> articles = new ArrayList<>(List.of(
                "NEW YORK (AP) — Officials said the storm had passed by Tuesday morning. Share Advertisement\n\"We are safe,\" Mayor Jane Doe said. Photo: John Smith/Getty Images",
                "Gov. Smith said Sen. Jones met Lt. Col. Brown on Jan. 3 at 5 p.m. ET... . . The U.S. said 12 people died; others said at least 16."));
        Path data = Shared.root().resolve("../shared/data/multinews/val-raw.jsonl").normalize();
        if (Files.isRegularFile(data)) {
            try (var in = Files.lines(data)) {
                in.limit(60).forEach(l -> {
                    lines.add(l);
                    ClusterInput parsed = Sources.parseJsonlLine(l.getBytes(StandardCharsets.UTF_8), 1);
                    if (parsed != null && parsed.ok()) {
                        for (Article a : parsed.cluster().articles()) {
                            String t = a.text();
                            articles.add(t.length() > MAX_ARTICLE ? t.substring(0, MAX_ARTICLE) : t);
                        }
                    }
                });
            }
        }
        return new Seeds(lines, articles);
    }
}
