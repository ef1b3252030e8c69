package io.jenkins.plugins.skylark.deploy.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Says in one sentence why the cluster API failed a call, instead of fabric8's
 * {@code Failure executing: … Received status: Status(…)} dump: for an API that stays down,
 * "the cluster API answered 503 ServiceUnavailable to GET …/deployments, 11 attempts over 20.4 s".
 */
public final class ClusterFailures {

    private static final LocalizedBundle TEXT = LocalizedBundle.of(ClusterFailures.class);
    private static final Map<Integer, String> REASONS = Map.of(500, "InternalError", 502, "BadGateway",
            503, "ServiceUnavailable", 504, "GatewayTimeout");

    private ClusterFailures() {
    }

    /**
     * @param recorder the calls of the client that threw {@code failure}
     */
    public static String describe(KubernetesClientException failure, ApiCallRecorder recorder) {
        Optional<ApiCallRecorder.FailedCall> call = recorder.lastFailure()
                .filter(last -> last.status() == failure.getCode() || last.status() == 0 && failure.getCode() <= 0);
        if (call.isPresent()) {
            ApiCallRecorder.FailedCall last = call.get();
            String seconds = String.format(Locale.ROOT, "%.1f", last.nanos() / 1e9);
            return last.status() == 0
                    ? TEXT.format("cluster.unreachable", last.method(), last.url(), last.reason(), last.attempts(), seconds)
                    : TEXT.format("cluster.answered", String.valueOf(last.status()), reason(failure, last.status()),
                            last.method(), last.url(), last.attempts(), seconds);
        }
        return failure.getStatus() != null && failure.getStatus().getMessage() != null
                && !failure.getStatus().getMessage().isBlank() ? failure.getStatus().getMessage() : failure.getMessage();
    }

    private static String reason(KubernetesClientException failure, int status) {
        String reason = failure.getStatus() == null ? null : failure.getStatus().getReason();
        return reason != null && !reason.isBlank() ? reason : REASONS.getOrDefault(status, "ServerError");
    }
}
