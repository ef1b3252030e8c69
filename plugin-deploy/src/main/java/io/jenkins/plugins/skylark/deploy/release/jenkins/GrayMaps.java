package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release as a Jenkinsfile sees it: plain maps, lists, strings, numbers and booleans (safe in a CPS
 * program), release steps written as users write them ({@code [weight: 10]}, {@code [pause: '5m']} …).
 */
final class GrayMaps {
    private GrayMaps() {
    }

    /** {@code [releaseId:, phase:, currentStep:, steps:, canaryWeight:, stableWeight:, match:, …, history:]}. */
    static Map<String, Object> state(ReleaseState state) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("releaseId", state.releaseId());
        map.put("application", state.target().application());
        map.put("namespace", state.target().namespace());
        map.put("router", state.target().router().name());
        map.put("buildUrl", state.buildUrl());
        map.put("strategy", state.strategy().userName());
        map.put("phase", state.phase().name());
        map.put("currentStep", state.currentStep());
        map.put("steps", steps(state.steps()));
        map.put("image", state.image());
        map.put("stableImage", state.stableImage());
        map.put("canaryWeight", state.canaryWeight());
        map.put("stableWeight", 100 - state.canaryWeight());
        map.put("match", match(state.match()));
        map.put("exposedUsers", state.exposedUsers());
        map.put("pausedUntil", text(state.pausedUntil()));
        map.put("awaitingApproval", state.awaitingApproval());
        map.put("reason", state.reason());
        List<Object> analyses = new ArrayList<>();
        for (ReleaseState.AnalysisRecord record : state.analyses()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", record.name());
            entry.put("verdict", record.verdict());
            entry.put("reason", record.reason());
            entry.put("at", text(record.at()));
            analyses.add(entry);
        }
        map.put("analyses", analyses);
        List<Object> history = new ArrayList<>();
        for (ReleaseState.HistoryEntry change : state.history()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", text(change.at()));
            entry.put("phase", change.phase().name());
            entry.put("canaryWeight", change.canaryWeight());
            entry.put("match", match(change.match()));
            entry.put("note", change.note());
            history.add(entry);
        }
        map.put("history", history);
        return map;
    }

    static List<Object> steps(List<ReleaseStep> steps) {
        List<Object> list = new ArrayList<>();
        steps.forEach(step -> list.add(step(step)));
        return list;
    }

    static Map<String, Object> step(ReleaseStep step) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (step instanceof ReleaseStep.Weight weight) {
            map.put("weight", weight.percent());
        } else if (step instanceof ReleaseStep.Pause pause) {
            map.put("pause", pause.forApproval() ? "approval" : duration(pause.duration()));
        } else if (step instanceof ReleaseStep.Analysis analysis) {
            map.put("analysis", analysis.name());
        } else {
            map.put("match", match((ReleaseStep.Match) step));
        }
        return map;
    }

    static Map<String, Object> match(ReleaseStep.Match match) {
        if (match == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        if (match.cookie() != null) {
            map.put("cookie", match.cookie());
        } else {
            map.put("header", match.header());
            if (match.value() != null) {
                map.put("value", match.value());
            }
        }
        return map;
    }

    /** {@code 90s}, {@code 5m}, {@code 2h}: the largest unit that divides it. */
    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds > 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds > 0 && seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
