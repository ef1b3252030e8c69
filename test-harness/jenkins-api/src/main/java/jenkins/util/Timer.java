package jenkins.util;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;

/** Jenkins' shared scheduler for short periodic or delayed tasks (daemon threads, as in Jenkins). */
public class Timer {
    private static ScheduledExecutorService executorService;

    private Timer() {
    }

    public static synchronized ScheduledExecutorService get() {
        if (executorService == null) {
            ThreadFactory base = Executors.defaultThreadFactory();
            executorService = new ScheduledThreadPoolExecutor(10, runnable -> {
                Thread thread = base.newThread(runnable);
                thread.setName("jenkins.util.Timer " + thread.getName());
                thread.setDaemon(true);
                return thread;
            });
        }
        return executorService;
    }

    public static synchronized void shutdown() {
        if (executorService != null) {
            executorService.shutdownNow();
            executorService = null;
        }
    }
}
