package io.jenkins.plugins.skylark.deploy.call;

import static io.jenkins.plugins.skylark.text.Blank.blankToNull;

import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.deploy.DeployOptions;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Workload;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns step arguments into engine inputs. Every check names the step and the field; an application is
 * looked up only in the project of the enclosing {@code withPlatform}, so a job cannot act on another
 * project's application.
 */
public final class StepInputs {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(StepInputs.class);
    /** {@code 300} (seconds), {@code 90s}, {@code 5m}, {@code 1h}. */
    private static final Pattern TIMEOUT = Pattern.compile("(\\d{1,7})\\s*([smh]?)");

    private StepInputs() {
    }

    /** {@code value} stripped; refused when empty. */
    public static String required(String step, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(TEXT.format("field.required", step, field));
        }
        return value.strip();
    }

    /** The application {@code id} of the context's project. */
    public static Application application(PlatformModel model, ResolvedPlatformContext context, String step, String id) {
        String wanted = required(step, "application", id);
        return model.application(context.projectId(), wanted).orElseThrow(() -> unknownApplication(model, context, wanted));
    }

    private static IllegalArgumentException unknownApplication(PlatformModel model, ResolvedPlatformContext context,
            String id) {
        List<String> owners = model.applications().stream().filter(app -> app.id().equals(id))
                .map(Application::projectId).toList();
        if (!owners.isEmpty()) {
            return new IllegalArgumentException(TEXT.format("application.otherProject", id, String.join(", ", owners),
                    context.projectId()));
        }
        String known = model.applications(context.projectId()).stream().map(Application::id)
                .collect(Collectors.joining(", "));
        return new IllegalArgumentException(TEXT.format("application.unknown", id, context.projectId(),
                known.isEmpty() ? "-" : known));
    }

    /** Where the step acts: the context's environment and namespace; refused without an environment. */
    public static DeployTarget target(ResolvedPlatformContext context, String step, String buildUrl) {
        if (!context.hasEnvironment() || context.namespace() == null || context.apiUrl() == null) {
            throw new IllegalArgumentException(TEXT.format("environment.required", step, context.projectId()));
        }
        return new DeployTarget(context.projectId(), context.environmentId(), context.namespace(), blankToNull(buildUrl),
                null);
    }

    /** The manifest paths: the step's (comma-separated), else the application's {@code manifestsPath}. */
    public static List<String> manifests(String given, Application application) {
        String paths = given != null && !given.isBlank() ? given : application.manifestsPath();
        if (paths == null || paths.isBlank()) {
            throw new IllegalArgumentException(TEXT.format("manifests.required", application.qualifiedId()));
        }
        return Arrays.stream(paths.split(",")).map(String::strip).filter(path -> !path.isEmpty()).toList();
    }

    /** The containers whose image the application's builds replace, over all its workloads. */
    public static Set<String> containers(Application application) {
        Set<String> containers = new LinkedHashSet<>();
        for (Workload workload : application.workloads()) {
            containers.addAll(workload.containers());
        }
        return containers;
    }

    /** The engine's defaults with the step's timeout (when given) and rollback choice. */
    public static DeployOptions options(String timeout, boolean rollbackOnFailure) {
        DeployOptions defaults = DeployOptions.defaults().withRollbackOnFailure(rollbackOnFailure);
        return timeout == null || timeout.isBlank() ? defaults : defaults.withTimeout(timeout(timeout));
    }

    /** {@code 300} (seconds), {@code 90s}, {@code 5m} or {@code 1h}; more than zero. */
    public static Duration timeout(String value) {
        Matcher matcher = TIMEOUT.matcher(value.strip());
        long amount = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
        if (amount <= 0) {
            throw new IllegalArgumentException(TEXT.format("timeout.invalid", value));
        }
        return switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** What a Jenkinsfile gets back: {@code status}, {@code message} and {@code revisions} (workload to number). */
    public static Map<String, Object> summary(DeployResult result) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", result.status().name());
        summary.put("message", result.message());
        summary.put("revisions", new TreeMap<>(result.revisions()));
        return summary;
    }

}
