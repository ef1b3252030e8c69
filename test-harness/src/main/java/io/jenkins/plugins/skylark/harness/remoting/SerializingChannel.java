package io.jenkins.plugins.skylark.harness.remoting;

import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel to an "agent" in the same JVM: every callable, its result and any exception it throws
 * go through Java serialisation, so work that would not survive remoting fails here too.
 */
public final class SerializingChannel implements VirtualChannel {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException {
        calls.incrementAndGet();
        Callable<V, T> shipped = Serialization.roundTrip(callable);
        V result;
        try {
            result = shipped.call();
        } catch (Throwable t) {
            throw SerializingChannel.<RuntimeException>sneaky(Serialization.roundTrip(t));
        }
        return result == null ? null : Serialization.roundTrip(result);
    }

    /** How many callables were sent over this channel. */
    public int calls() {
        return calls.get();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }

    @Override
    public String toString() {
        return "SerializingChannel";
    }
}
