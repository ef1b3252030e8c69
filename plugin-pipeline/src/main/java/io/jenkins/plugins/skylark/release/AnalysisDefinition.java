package io.jenkins.plugins.skylark.release;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named analysis as a release file or the platform model defines it; the components are named exactly like
 * the release file's keys. The runtime (Prometheus queries, verdicts) lives in plugin-deploy.
 *
 * <p>Every {@code interval} a measurement is taken, {@code count} times: {@code query}'s value must meet
 * {@code successCondition}. When {@code sampleQuery} is set and its value is below {@code minSampleSize}
 * (e.g. fewer requests than that were seen), or when {@code query} returns nothing, the measurement is
 * "no data" = inconclusive, never a success. The analysis fails when more than {@code failureLimit}
 * measurements failed, else is inconclusive when more than {@code inconclusiveLimit} were inconclusive,
 * else succeeds (Argo Rollouts' limits).
 *
 * @param name DNS-1123 label, unique per release file or per project
 * @param query PromQL returning one number; may use the {@link #PLACEHOLDERS} as {@code {{name}}}
 * @param sampleQuery PromQL returning the sample size (e.g. requests in the interval), or {@code null}
 * @param successCondition e.g. {@code ">= 0.99"}, see {@link SuccessCondition}
 * @param interval time between measurements, and the value of {@code {{interval}}}
 * @param count number of measurements, at least 1
 * @param failureLimit failed measurements tolerated, less than {@code count}
 * @param inconclusiveLimit inconclusive measurements tolerated, less than {@code count}
 * @param minSampleSize smallest sample that counts as data; only with {@code sampleQuery}
 * @param onError the verdict of a measurement Prometheus keeps answering with an error
 */
public record AnalysisDefinition(String name, String query, String sampleQuery, String successCondition,
        Duration interval, int count, int failureLimit, int inconclusiveLimit, double minSampleSize,
        AnalysisErrorPolicy onError) implements Serializable {

    /**
     * What a query may refer to, the names plugin-deploy's analysis runtime fills in: the application, the
     * namespace, the {@code canary} and {@code stable} Deployments and Services, the {@code route} (and its
     * alias {@code ingress}) and the analysis' own {@code interval}.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("application", "namespace", "canary", "stable",
            "canaryService", "stableService", "route", "ingress", "interval");

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    /**
     * The analyses plugin-deploy provides (success rate and latency, generic and per router). A project's or
     * a release file's analysis of the same name replaces the built-in one.
     */
    public static final List<String> BUILT_IN_NAMES = List.of("success-rate", "latency", "nginx-success-rate",
            "nginx-latency-p99", "istio-success-rate", "istio-latency-p99");

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
    public static final int DEFAULT_COUNT = 5;
    /** With a sample query and no minimum given: at least one sample, so zero traffic is never a success. */
    public static final double DEFAULT_MIN_SAMPLE_SIZE = 1;

    public AnalysisDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(successCondition, "successCondition");
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        onError = onError == null ? AnalysisErrorPolicy.INCONCLUSIVE : onError;
    }

    /** Whether {@code name} can name an analysis: a DNS-1123 label, like the built-in {@code success-rate}. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The parsed {@link #successCondition}; the parser has checked its syntax. */
    public SuccessCondition condition() {
        return SuccessCondition.parse(successCondition).orElseThrow(
                () -> new IllegalStateException("invalid success condition " + successCondition));
    }
}
