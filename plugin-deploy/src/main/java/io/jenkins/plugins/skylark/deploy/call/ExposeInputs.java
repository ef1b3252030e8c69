package io.jenkins.plugins.skylark.deploy.call;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.expose.ExposePath;
import io.jenkins.plugins.skylark.deploy.expose.ExposeRequest;
import io.jenkins.plugins.skylark.deploy.expose.ExposeValidator;
import io.jenkins.plugins.skylark.deploy.expose.InvalidExposeException;
import io.jenkins.plugins.skylark.deploy.expose.Router;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.Exposure;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.RouteKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns {@code platformExpose}'s arguments into a checked {@link ExposeRequest}, with the environment's
 * exposure as defaults: its router, and {@code <application>.<environment>.<domain>} as host. Every
 * problem is found before anything reaches the cluster, each naming its field.
 */
public final class ExposeInputs {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ExposeInputs.class);
    private static final Set<String> PATH_KEYS = Set.of("path", "pathType");

    private ExposeInputs() {
    }

    public static ExposeRequest request(PlatformModel model, ResolvedPlatformContext context, String step,
            String applicationId, ExposeArguments arguments, String buildUrl) {
        Application application = StepInputs.application(model, context, step, applicationId);
        DeployTarget target = StepInputs.target(context, step, buildUrl);
        Exposure exposure = model.environment(context.projectId(), context.environmentId())
                .map(Environment::exposure).orElse(Exposure.DEFAULT);
        List<String> problems = new ArrayList<>();
        List<String> hosts = hosts(problems, arguments, exposure.defaultHost(application.id(), context.environmentId()),
                context.environmentId());
        List<ExposePath> paths = paths(problems, arguments);
        Map<String, String> annotations = annotations(problems, arguments.annotations());
        if (!problems.isEmpty()) {
            throw new InvalidExposeException(problems);
        }
        ExposeRequest request = new ExposeRequest(application.id(), target.namespace(), hosts, paths, arguments.port(),
                strippedOrNull(arguments.tls()), router(exposure), annotations, model.exposeAnnotations(), false,
                target.buildUrl());
        ExposeValidator.validate(request);
        return request;
    }

    static Router router(Exposure exposure) {
        return exposure.kind() == RouteKind.GATEWAY ? Router.gateway(exposure.gatewayName(), exposure.gatewayNamespace())
                : Router.ingress(exposure.ingressClass());
    }

    private static List<String> hosts(List<String> problems, ExposeArguments arguments, String defaultHost,
            String environment) {
        String host = strippedOrNull(arguments.host());
        if (host != null && arguments.hosts() != null) {
            problems.add(TEXT.format("expose.both", "host", "hosts"));
        }
        if (arguments.hosts() != null) {
            return strings(problems, "hosts", arguments.hosts());
        }
        if (host != null) {
            return List.of(host);
        }
        if (defaultHost == null) {
            problems.add(TEXT.format("expose.host.required", environment));
            return List.of();
        }
        return List.of(defaultHost);
    }

    /** A list, or (from the Snippet Generator's form) one string of comma-separated items. */
    private static List<String> strings(List<String> problems, String field, Object value) {
        if (value instanceof CharSequence text) {
            return Arrays.stream(text.toString().split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(TEXT.format("expose.list", field, typeOf(value)));
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof CharSequence text) {
                strings.add(text.toString().strip());
            } else {
                problems.add(TEXT.format("expose.string", field + "[" + i + "]", typeOf(item)));
            }
        }
        return strings;
    }

    /** {@code path} or {@code paths}; neither means {@code /} as a prefix. */
    private static List<ExposePath> paths(List<String> problems, ExposeArguments arguments) {
        String path = strippedOrNull(arguments.path());
        if (path != null && arguments.paths() != null) {
            problems.add(TEXT.format("expose.both", "path", "paths"));
        }
        if (arguments.paths() == null) {
            return List.of(ExposePath.prefix(path == null ? "/" : path));
        }
        Object given = arguments.paths() instanceof CharSequence ? strings(problems, "paths", arguments.paths())
                : arguments.paths();
        if (!(given instanceof List<?> list)) {
            problems.add(TEXT.format("expose.list", "paths", typeOf(given)));
            return List.of();
        }
        List<ExposePath> paths = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "paths[" + i + "]";
            Object item = list.get(i);
            if (item instanceof CharSequence text) {
                paths.add(ExposePath.prefix(text.toString().strip()));
            } else if (item instanceof Map<?, ?> map) {
                List<String> unknown = map.keySet().stream().map(String::valueOf).filter(key -> !PATH_KEYS.contains(key))
                        .sorted().toList();
                if (!unknown.isEmpty()) {
                    problems.add(TEXT.format("expose.path.keys", field, String.join(", ", unknown)));
                }
                ExposePath.Type type = pathType(problems, field + ".pathType", map.get("pathType"));
                Object value = map.get("path");
                paths.add(new ExposePath(value == null ? null : value.toString().strip(), type));
            } else {
                problems.add(TEXT.format("expose.path.item", field, typeOf(item)));
            }
        }
        return paths;
    }

    /** {@code Prefix} (default; {@code PathPrefix} as in the Gateway API) or {@code Exact}. */
    private static ExposePath.Type pathType(List<String> problems, String field, Object value) {
        String type = value == null ? "Prefix" : value.toString().strip();
        if (type.equalsIgnoreCase("Prefix") || type.equalsIgnoreCase("PathPrefix")) {
            return ExposePath.Type.PREFIX;
        }
        if (type.equalsIgnoreCase("Exact")) {
            return ExposePath.Type.EXACT;
        }
        problems.add(TEXT.format("expose.pathType", field, type));
        return ExposePath.Type.PREFIX;
    }

    private static Map<String, String> annotations(List<String> problems, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof CharSequence text) {
            return annotationLines(problems, text.toString());
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(TEXT.format("expose.map", "annotations", typeOf(value)));
            return Map.of();
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        map.forEach((key, entry) -> annotations.put(String.valueOf(key), entry == null ? null : entry.toString()));
        return annotations;
    }

    /** The form's {@code key=value} lines. */
    private static Map<String, String> annotationLines(List<String> problems, String text) {
        Map<String, String> annotations = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int equals = line.indexOf('=');
            if (equals > 0) {
                annotations.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            } else if (!line.isEmpty()) {
                problems.add(TEXT.format("expose.annotation.line", i + 1, line));
            }
        }
        return annotations;
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : Objects.requireNonNullElse(value.getClass().getSimpleName(), "?");
    }
}
