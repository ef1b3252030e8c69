package hudson.remoting;

import java.io.IOException;

/** A channel to the side (controller or agent) that executes callables. */
public interface VirtualChannel {
    <V, T extends Throwable> V call(Callable<V, T> callable) throws IOException, T, InterruptedException;
}
