package dev.precis.parallel;

import dev.precis.Precis;
import dev.precis.SummaryOptions;
import dev.precis.TestClusters;
import dev.precis.analysis.ClusterAnalysis;
import dev.precis.model.Article;
import dev.precis.model.Cancelled;
import dev.precis.model.Cluster;
import dev.precis.render.Renderers;
import dev.precis.select.Budget;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkersTest {
    private static final String[] TOWNS = {"Avonford", "Brixley", "Caldmoor", "Dunmere", "Eastwick", "Fenhollow"};

    /** A story told by many outlets, each in its own words and numbers. */
    private static Cluster bigCluster(int articles) {
        List<Article> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            String town = TOWNS[a % TOWNS.length];
            String text = "The storm that hit the coast on Tuesday flooded " + (40 + a) + " homes in " + town + ", officials said.\n"
                    + "Mayor Jane Doe said the town would need weeks to recover from the flooding.\n"
                    + "\"We have never seen water this high,\" said resident Tom Baker, who lived in " + town + " for "
                    + (10 + a % 7) + " years.\n"
                    + "Emergency crews rescued " + (3 + a % 4) + " people from their roofs overnight.\n"
                    + "The national weather service said the storm would weaken by Thursday.\n";
            out.add(Article.of("a" + a, text));
        }
        return new Cluster("storm", out);
    }

    @Test
    void aBigClusterGivesTheSameSummaryAndEvidenceOnOneCoreOrMany() {
        Cluster cluster = bigCluster(Workers.MIN_ARTICLES + 6);
        assertThat(Workers.worthIt(cluster.articles().size())).isTrue();
        SummaryOptions options = SummaryOptions.defaults().withBudget(Budget.words(120));
        String parallel = Renderers.get("json").render(Precis.summarize(cluster, options));
        String alone = Workers.alone(() -> Renderers.get("json").render(Precis.summarize(cluster, options)));
        assertThat(parallel).isEqualTo(alone).contains("\"disagreements\"");
    }

    @Test
    void smallClustersAndAloneRunOnTheCallersThread() {
        assertThat(Workers.worthIt(Workers.MIN_ARTICLES - 1)).isFalse();
        assertThat(Workers.alone(() -> Workers.worthIt(1000))).isFalse();
        assertThat(Workers.worthIt(1000)).isTrue();
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = Workers.map(List.of(1, 2, 3), false, i -> Thread.currentThread() == caller);
        assertThat(onCaller).containsOnly(true);
    }

    @Test
    void mapKeepsOrderAndPassesFailuresOn() {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < 100; i++) in.add(i);
        assertThat(Workers.map(in, true, i -> i * i).get(99)).isEqualTo(99 * 99);
        assertThatThrownBy(() -> Workers.map(in, true, i -> {
            if (i == 42) throw new IllegalArgumentException("bad 42");
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 42");
    }

    @Test
    void workStartedFromInsideABusyPoolIsRunByTheThreadThatJoinsIt() throws Exception {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        CountDownLatch allBusy = new CountDownLatch(threads);
        AtomicInteger sum = new AtomicInteger();
        Thread caller = new Thread(() -> {
            List<Workers.Pending<Integer>> outer = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int k = i;
                outer.add(Workers.start(true, () -> {
                    allBusy.countDown();
                    try {
                        allBusy.await();
                    } catch (InterruptedException e) {
                        throw new Cancelled();
                    }
                    // Every pool thread is here, so no pool thread is left to take the inner work.
                    return Workers.start(true, () -> k + 1).join();
                }));
            }
            for (Workers.Pending<Integer> p : outer) sum.addAndGet(p.join());
        });
        caller.start();
        caller.join(10_000);
        assertThat(caller.isAlive()).as("deadlocked").isFalse();
        assertThat(sum.get()).isEqualTo(threads * (threads + 1) / 2);
    }

    @Test
    void anInterruptedCallerGivesUpAsCancelled() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                Workers.Pending<Integer> p = Workers.start(true, () -> {
                    started.countDown();
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        throw new Cancelled();
                    }
                    return 1;
                });
                p.join();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        started.await();
        t.interrupt();
        t.join(5_000);
        assertThat(thrown.get()).isInstanceOf(Cancelled.class);
    }

    @Test
    void anAnalysisValueAskedForByTwoThreadsIsComputedOnce() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch both = new CountDownLatch(2);
        ClusterAnalysis.Key<String> slow = ClusterAnalysis.Key.of("slow", a -> {
            computed.incrementAndGet();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
            return "value";
        });
        ClusterAnalysis analysis = new ClusterAnalysis(TestClusters.cluster("One sentence here. Another one there."));
        List<String> got = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable ask = () -> {
            both.countDown();
            got.add(analysis.get(slow));
        };
        Thread a = new Thread(ask), b = new Thread(ask);
        a.start();
        b.start();
        a.join();
        b.join();
        assertThat(got).containsExactly("value", "value");
        assertThat(computed).hasValue(1);
        assertThat(analysis.has(slow)).isTrue();
    }
}
