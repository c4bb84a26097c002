package dev.precis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage packages of the core ({@code dev.precis.X} with its subpackages) depend on each other
 * without a cycle, so that each stage can be read, tested and replaced from the stages below it. Read
 * from the main sources' text (no architecture library is on the classpath): every {@code dev.precis...}
 * name in code, imports and fully qualified names alike, outside comments and strings.
 */
class StageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    /** A class (or all classes) of a package of the project: the package is what comes before the first capital. */
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.precis((?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);

    @Test
    void noStageDependsOnItselfThroughAnother() {
        Map<String, Map<String, Path>> uses = uses();
        List<String> cycles = new ArrayList<>();
        for (var from : uses.entrySet()) {
            for (var to : from.getValue().entrySet()) {
                if (reaches(uses, to.getKey(), from.getKey())) {
                    cycles.add(from.getKey() + " -> " + to.getKey() + " (" + to.getValue() + ")");
                }
            }
        }
        assertThat(uses).as("the stages were read").containsKeys("clean", "segment", "evidence", "analysis");
        assertThat(cycles).as("dependencies that close a cycle between stages").isEmpty();
    }

    @Test
    void referencesAreReadFromCodeOnly() {
        String code = "package dev.precis.select;\nimport dev.precis.model.Sentence;\n"
                + "/** {@link dev.precis.order.ReadingOrder} */ class A { String s = \"dev.precis.score.X\"; "
                + "dev.precis.represent.TermVectors v; } // dev.precis.topic.T";
        assertThat(stagesUsed(code)).containsExactly("model", "represent");
    }

    /** Per stage, the other stages it names, each with one file that names it. */
    private static Map<String, Map<String, Path>> uses() {
        Map<String, Map<String, Path>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = Files.readString(f);
                String stage = stage(packageOf(COMMENT_OR_STRING.matcher(code).replaceAll(" ")));
                for (String used : stagesUsed(code)) {
                    if (!used.equals(stage)) out.computeIfAbsent(stage, k -> new TreeMap<>()).putIfAbsent(used, f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> stagesUsed(String source) {
        String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
        String own = stage(packageOf(code));
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) out.add(stage("dev.precis" + m.group(1)));
        out.remove(own);
        return out;
    }

    private static String packageOf(String code) {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? m.group(1) : "";
    }

    /** {@code dev.precis.evidence.quotes} is stage {@code evidence}; the facade package {@code dev.precis} is "(root)". */
    private static String stage(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length > 2 ? parts[2] : "(root)";
    }

    private static boolean reaches(Map<String, Map<String, Path>> uses, String from, String target) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (s.equals(target)) return true;
            if (seen.add(s)) todo.addAll(uses.getOrDefault(s, Map.of()).keySet());
        }
        return false;
    }
}
