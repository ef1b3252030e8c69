package io.jenkins.plugins.skylark.release;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one release step: a mapping with exactly one of {@code weight}, {@code pause}, {@code analysis}, {@code match}. */
final class StepReader {

    static final String APPROVAL = "approval";

    private static final Set<String> KINDS = Set.of("weight", "pause", "analysis", "match");
    private static final Set<String> MATCH_FIELDS = Set.of("header", "value", "cookie");
    /** An HTTP header or cookie name: an RFC 9110 token. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private StepReader() {
    }

    static Optional<ReleaseStep> read(PlanNode node, ReleaseStrategy strategy) {
        Optional<Map<String, PlanNode>> fields = node.fields(KINDS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        if (fields.get().size() != 1) {
            if (fields.get().size() > 1) {
                node.problem("step.severalKinds", String.join(", ", fields.get().keySet()));
            } else if (node.isEmptyMapping()) {
                node.problem("step.noKind", String.join(", ", KINDS.stream().sorted().toList()));
            }
            return Optional.empty();
        }
        Map.Entry<String, PlanNode> kind = fields.get().entrySet().iterator().next();
        PlanNode value = kind.getValue();
        return switch (kind.getKey()) {
            case "weight" -> weight(value, strategy);
            case "pause" -> pause(value);
            case "analysis" -> analysis(value);
            default -> match(value);
        };
    }

    private static Optional<ReleaseStep> weight(PlanNode node, ReleaseStrategy strategy) {
        Optional<Integer> percent = node.integer(0, 100);
        // Blue-green moves all traffic at once: a share in between would be a canary under another name.
        if (percent.isPresent() && strategy == ReleaseStrategy.BLUE_GREEN && percent.get() % 100 != 0) {
            node.problem("step.blueGreenWeight", percent.get());
            return Optional.empty();
        }
        return percent.map(ReleaseStep.Weight::new);
    }

    private static Optional<ReleaseStep> pause(PlanNode node) {
        Optional<String> text = node.text();
        if (text.isPresent() && text.get().equals(APPROVAL)) {
            return Optional.of(new ReleaseStep.Pause(null));
        }
        if (text.isPresent() && Durations.parse(text.get()).isEmpty()) {
            node.problem("step.pause", text.get());
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : node.duration(true).map(ReleaseStep.Pause::new);
    }

    private static Optional<ReleaseStep> analysis(PlanNode node) {
        Optional<String> name = node.text();
        if (name.isPresent() && !AnalysisDefinition.isName(name.get())) {
            node.problem("analysis.name", name.get());
            return Optional.empty();
        }
        return name.map(ReleaseStep.Analysis::new);
    }

    private static Optional<ReleaseStep> match(PlanNode node) {
        Optional<Map<String, PlanNode>> fields = node.fields(MATCH_FIELDS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        PlanNode header = fields.get().get("header");
        PlanNode cookie = fields.get().get("cookie");
        PlanNode value = fields.get().get("value");
        if ((header == null) == (cookie == null)) {
            node.problem(header == null ? "match.none" : "match.both");
            return Optional.empty();
        }
        if (cookie != null && value != null) {
            value.problem("match.cookieValue");
            return Optional.empty();
        }
        Optional<String> name = token(header != null ? header : cookie);
        Optional<String> expected = value == null ? Optional.empty() : headerValue(value);
        if (name.isEmpty() || value != null && expected.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(header != null ? new ReleaseStep.Match(name.get(), expected.orElse(null), null)
                : new ReleaseStep.Match(null, null, name.get()));
    }

    private static Optional<String> token(PlanNode node) {
        Optional<String> name = node.text();
        if (name.isPresent() && !TOKEN.matcher(name.get()).matches()) {
            node.problem("match.token", name.get());
            return Optional.empty();
        }
        return name;
    }

    private static Optional<String> headerValue(PlanNode node) {
        Optional<String> value = node.text();
        if (value.isPresent() && value.get().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            node.problem("match.value");
            return Optional.empty();
        }
        return value;
    }
}
