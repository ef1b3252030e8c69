package hudson.remoting;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

/** The channel to the local JVM: runs callables in place, without serialisation. */
public class LocalChannel implements VirtualChannel {
    @SuppressWarnings("unused") // kept like the real class, which runs async calls on it
    private final ExecutorService executor;

    public LocalChannel(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <V, T extends Throwable> V call(Callable<V, T> callable) throws T {
        return callable.call();
    }
}
