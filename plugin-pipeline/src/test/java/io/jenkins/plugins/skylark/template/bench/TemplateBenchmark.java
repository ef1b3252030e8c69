package io.jenkins.plugins.skylark.template.bench;

import io.jenkins.plugins.skylark.template.GroovySyntax;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.LoadedCatalogue;
import io.jenkins.plugins.skylark.template.catalogue.OfficialCatalogue;
import io.jenkins.plugins.skylark.template.catalogue.jenkins.TemplateCatalogues;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;

/**
 * Render + validate throughput on one thread over every example of the official catalogue (the one bundled in the
 * plugin), each with its own values and variants of them (every Jenkinsfile of a round differs), against peers
 * measured in the same run on the same rendered texts: Groovy compiling the Jenkinsfile to classes (what Jenkins
 * does with a Jenkinsfile before it runs it, and the check a tool without our outline check would run), and, for
 * information, our Groovy parse check alone. Rounds alternate the three; medians are printed.
 *
 * <p>{@code mvn -B -ntp -o -pl plugin-pipeline exec:java -Dexec.mainClass=io.jenkins.plugins.skylark.template.bench.TemplateBenchmark
 * -Dexec.classpathScope=test -Dexec.args="5 2000"} (timed rounds, milliseconds per side per round; 2 untimed
 * warm-up rounds first).
 */
public final class TemplateBenchmark {

    private record Case(String name, CatalogueTemplate template, Map<String, Object> values, String text) {
    }

    /** Value sets per example: the example's own and variants of it. */
    private static final int VARIANTS = 16;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TemplateBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long millis = args.length > 1 ? Long.parseLong(args[1]) : 2000;
        List<Case> cases = cases();
        System.out.printf("%d templates, %d examples x %d value sets: %d distinct Jenkinsfiles (render + validate ="
                + " values checked, Jenkinsfile written, checked as Groovy with a declarative outline: its skeleton's"
                + " verdict, or parsed)%n", cases.stream().map(c -> c.template().descriptor().id()).distinct().count(),
                cases.size() / VARIANTS, VARIANTS, cases.stream().map(Case::text).distinct().count());
        Consumer<Case> ours = c -> {
            RenderedJenkinsfile rendered = TemplateEngine.render(c.template().descriptor(), c.values());
            if (!rendered.text().equals(c.text())) {
                throw new IllegalStateException(c.name() + " rendered differently");
            }
        };
        Consumer<Case> compile = c -> {
            CompilationUnit unit = new CompilationUnit();
            unit.addSource(c.name() + ".groovy", c.text());
            unit.compile(Phases.CLASS_GENERATION);
        };
        Consumer<Case> parse = c -> GroovySyntax.parse(c.name(), c.text());
        for (int i = 0; i < 2; i++) {
            run(cases, ours, millis);
            run(cases, compile, millis);
            run(cases, parse, millis);
        }
        Rate[] oursRates = new Rate[rounds];
        Rate[] compileRates = new Rate[rounds];
        Rate[] parseRates = new Rate[rounds];
        for (int i = 0; i < rounds; i++) {
            oursRates[i] = run(cases, ours, millis);
            compileRates[i] = run(cases, compile, millis);
            parseRates[i] = run(cases, parse, millis);
            System.out.printf("round %d, per CPU second (wall): render+validate %.0f (%.0f), Groovy compile %.0f (%.0f), "
                    + "parse alone %.0f (%.0f)%n", i + 1, oursRates[i].cpu(), oursRates[i].wall(), compileRates[i].cpu(),
                    compileRates[i].wall(), parseRates[i].cpu(), parseRates[i].wall());
        }
        System.out.printf("%nwall time: render + validate %.0f /s, Groovy compile %.0f /s (on a loaded machine the thread "
                + "waits for a core; the CPU figures below are one core's work)%n", median(oursRates, Rate::wall),
                median(compileRates, Rate::wall));
        double ourMedian = median(oursRates, Rate::cpu);
        double compileMedian = median(compileRates, Rate::cpu);
        double parseMedian = median(parseRates, Rate::cpu);
        System.out.printf("Jenkinsfiles per CPU second on one thread (median of %d rounds of %d ms CPU):%n", rounds,
                millis);
        System.out.printf("  render + validate (Skylark)           %8.0f /s  %s the goal of 1 000 /s%n", ourMedian,
                ourMedian >= 1000 ? "meets" : "MISSES");
        System.out.printf("  peer: Groovy compile to classes       %8.0f /s  -> render + validate is %.1fx faster%n",
                compileMedian, ourMedian / compileMedian);
        System.out.printf("  for information: Groovy parse alone   %8.0f /s  (render + validate does %.1fx as many; it "
                + "parses a template's skeleton once, see SkeletonCheck)%n", parseMedian, ourMedian / parseMedian);
    }

    /** Every example of every official template, with the text it renders to. */
    private static List<Case> cases() {
        LoadedCatalogue official = OfficialCatalogue.load(TemplateCatalogues.class.getClassLoader(), "bench");
        if (!official.problems().isEmpty() || official.templates().isEmpty()) {
            throw new IllegalStateException("the official catalogue does not load: " + official.problems());
        }
        List<Case> cases = new ArrayList<>();
        for (CatalogueTemplate template : official.templates()) {
            template.descriptor().examples().forEach(e -> {
                for (int variant = 0; variant < VARIANTS; variant++) {
                    Map<String, Object> values = variant(template, e.values(), variant);
                    cases.add(new Case(template.descriptor().id() + "-" + e.name() + "-" + variant, template, values,
                            TemplateEngine.render(template.descriptor(), values).text()));
                }
            });
        }
        return cases;
    }

    /**
     * The example's values with each text value the template still accepts changed (a suffix of letters, which
     * naming patterns allow), so no two renders of a round share their values or their Jenkinsfile.
     */
    private static Map<String, Object> variant(CatalogueTemplate template, Map<String, Object> values, int variant) {
        Map<String, Object> changed = new LinkedHashMap<>(values);
        if (variant == 0) {
            return changed;
        }
        String suffix = Integer.toString(variant, 26).chars().mapToObj(c -> String.valueOf((char) ('a'
                + Character.digit(c, 26)))).collect(Collectors.joining());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            if (value.getValue() instanceof String text && !text.isEmpty()) {
                Map<String, Object> attempt = new LinkedHashMap<>(changed);
                attempt.put(value.getKey(), text + suffix);
                try {
                    TemplateEngine.render(template.descriptor(), attempt);
                    changed = attempt;
                } catch (RuntimeException refused) {
                    // a pattern or choice this value must keep: left as the example has it
                }
            }
        }
        return changed;
    }

    /** Jenkinsfiles per second of wall time and per second of this thread's CPU time (one core's work). */
    private record Rate(double wall, double cpu) {
    }

    /** Runs the cases round-robin for about {@code millis} of this thread's CPU time. */
    private static Rate run(List<Case> cases, Consumer<Case> work, long millis) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long budget = millis * 1_000_000;
        long done = 0;
        long cpu;
        do {
            for (Case c : cases) {
                work.accept(c);
            }
            done += cases.size();
            cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        } while (cpu < budget);
        return new Rate(done * 1e9 / (System.nanoTime() - start), done * 1e9 / cpu);
    }

    private static double median(Rate[] rates, java.util.function.ToDoubleFunction<Rate> figure) {
        double[] sorted = Arrays.stream(rates).mapToDouble(figure).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
