package io.jenkins.plugins.skylark.deploy.release.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusException.Kind;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads answers of {@code /api/v1/query}: the result, or the API error as a typed {@link PrometheusException}. */
final class PrometheusResponses {

    private static final LocalizedBundle TEXT = LocalizedBundle.of(PrometheusResponses.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_EXCERPT = 200;

    private PrometheusResponses() {
    }

    /** The result of an answer with HTTP {@code status} and {@code body}, for {@code promql} sent to {@code url}. */
    static QueryResult read(String url, String promql, int status, String body) throws PrometheusException {
        if (status == 401 || status == 403) {
            throw new PrometheusException(Kind.UNAUTHORIZED, TEXT.format("prometheus.unauthorized", url, status));
        }
        JsonNode answer = parse(body);
        if (answer == null || !answer.has("status")) {
            throw notApi(url, status, body);
        }
        if (!"success".equals(answer.path("status").asText())) {
            String type = answer.path("errorType").asText("");
            throw new PrometheusException(kindOf(type, status), TEXT.format("prometheus.apiError", url,
                    type.isEmpty() ? "HTTP " + status : type, answer.path("error").asText(""), promql));
        }
        return result(url, promql, answer.path("data"));
    }

    private static PrometheusException notApi(String url, int status, String body) {
        Kind kind = switch (status) {
            case 429, 502, 503, 504 -> Kind.UNAVAILABLE;
            default -> Kind.BAD_RESPONSE;
        };
        String excerpt = body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "…" : body;
        return new PrometheusException(kind, TEXT.format("prometheus.notApi", url, status, excerpt.strip()));
    }

    private static Kind kindOf(String errorType, int status) {
        return switch (errorType) {
            case "bad_data" -> Kind.BAD_QUERY;
            case "execution" -> Kind.EXECUTION;
            case "timeout", "canceled" -> Kind.TIMEOUT;
            case "unavailable", "internal" -> Kind.UNAVAILABLE;
            default -> status == 503 || status == 502 || status == 504 || status == 429 ? Kind.UNAVAILABLE
                    : Kind.BAD_RESPONSE;
        };
    }

    private static QueryResult result(String url, String promql, JsonNode data) throws PrometheusException {
        String type = data.path("resultType").asText("");
        JsonNode result = data.path("result");
        switch (type) {
            case "vector" -> {
                List<QueryResult.Sample> samples = new ArrayList<>();
                for (JsonNode series : result) {
                    samples.add(new QueryResult.Sample(labels(series.path("metric")), value(url, series.path("value"))));
                }
                return new QueryResult(type, samples);
            }
            case "scalar" -> {
                return new QueryResult(type, List.of(new QueryResult.Sample(Map.of(), value(url, result))));
            }
            default -> throw new PrometheusException(Kind.BAD_RESPONSE,
                    TEXT.format("prometheus.resultType", url, type.isEmpty() ? "?" : type, promql));
        }
    }

    private static Map<String, String> labels(JsonNode metric) {
        Map<String, String> labels = new LinkedHashMap<>();
        metric.properties().forEach(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    /** A {@code [timestamp, "value"]} pair's value; Prometheus writes NaN and infinities as text. */
    private static double value(String url, JsonNode pair) throws PrometheusException {
        String text = pair.path(1).asText(null);
        if (text == null) {
            throw new PrometheusException(Kind.BAD_RESPONSE, TEXT.format("prometheus.value", url, pair.toString()));
        }
        switch (text) {
            case "+Inf", "Inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-Inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "NaN" -> {
                return Double.NaN;
            }
            default -> {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new PrometheusException(Kind.BAD_RESPONSE, TEXT.format("prometheus.value", url, text), e);
                }
            }
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null; // not JSON: a proxy's page, for example
        }
    }
}
