package hudson;

import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;

/**
 * Starts processes on the node of a workspace. Skylark works in-process (fabric8, Jib), so only the
 * accessors are declared; process launching is not part of the stand-in.
 */
public abstract class Launcher {
    protected final TaskListener listener;
    protected final VirtualChannel channel;

    protected Launcher(TaskListener listener, VirtualChannel channel) {
        this.listener = listener;
        this.channel = channel;
    }

    public VirtualChannel getChannel() {
        return channel;
    }

    public TaskListener getListener() {
        return listener;
    }

    public boolean isUnix() {
        return File.pathSeparatorChar == ':';
    }

    /** The launcher of the node this JVM runs on. */
    public static class LocalLauncher extends Launcher {
        public LocalLauncher(TaskListener listener) {
            this(listener, FilePath.localChannel);
        }

        public LocalLauncher(TaskListener listener, VirtualChannel channel) {
            super(listener, channel);
        }
    }
}
