package io.jenkins.plugins.skylark.harness.kubernetes.api;

import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;

/**
 * One HTTP-streaming watch: a chunked response that gets one JSON event per line. Events are published by
 * whichever thread wrote the store; each write to the response is queued on the response's own event loop
 * instead, in the order sent, so no thread blocks on a slow client and no write races another.
 */
final class WatchStream {

    private final WatchQuery query;
    private final Context context;
    private final HttpServerResponse response;

    WatchStream(WatchQuery query, Context context, HttpServerResponse response) {
        this.query = query;
        this.context = context;
        this.response = response;
    }

    WatchQuery query() {
        return query;
    }

    void send(String line) {
        context.runOnContext(v -> {
            if (open()) {
                response.write(line);
            }
        });
    }

    /** Ends the response (the client then sees the stream end, as at a real server's timeout). */
    void end() {
        context.runOnContext(v -> {
            if (open()) {
                response.end();
            }
        });
    }

    private boolean open() {
        return !response.ended() && !response.closed();
    }
}
