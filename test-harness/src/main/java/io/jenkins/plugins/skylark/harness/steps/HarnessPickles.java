package io.jenkins.plugins.skylark.harness.steps;

import hudson.FilePath;
import hudson.model.Run;
import hudson.remoting.VirtualChannel;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jboss.marshalling.Marshaller;
import org.jboss.marshalling.Marshalling;
import org.jboss.marshalling.MarshallingConfiguration;
import org.jboss.marshalling.river.RiverMarshallerFactory;

/**
 * The pickle factories Pipeline installs for the types the stand-in has: {@code FilePathPickle}
 * (workflow-durable-task-step: the path and the agent's name, reconnected to the agent's channel),
 * {@code RunPickle} (workflow-support: the build's externalizable id, looked up again) and
 * {@code ThrowablePickle} (workflow-support: an exception River cannot write becomes a proxy with its
 * class name, message and stack trace). An agent or build is "looked up again" here as the same live
 * object, since the harness restores within one JVM.
 */
final class HarnessPickles {
    private HarnessPickles() {
    }

    /** A pickle written in place of its object; rehydrated when the program is read. */
    interface Pickle extends Serializable {
        Object rehydrate(List<Object> live);
    }

    /** The pickle for {@code object}, or null when Pipeline writes it as it is. */
    static Pickle pickle(Object object, ToIntFunction<Object> keepLive) {
        if (object instanceof FilePath path) {
            return new FilePathPickle(path.getRemote(), path.isRemote() ? keepLive.applyAsInt(path.getChannel()) : -1);
        }
        if (object instanceof Run<?, ?> run) {
            return new RunPickle(run.getExternalizableId(), keepLive.applyAsInt(run));
        }
        if (object instanceof Throwable t && !riverWrites(t)) {
            return new ThrowablePickle(t.getClass().getName(), String.valueOf(t.getMessage()), t.getStackTrace());
        }
        return null;
    }

    /** As ThrowablePickle's factory: try the exception alone with a plain River marshaller. */
    private static boolean riverWrites(Throwable t) {
        try {
            Marshaller marshaller = new RiverMarshallerFactory().createMarshaller(new MarshallingConfiguration());
            marshaller.start(Marshalling.createByteOutput(OutputStream.nullOutputStream()));
            marshaller.writeObject(t);
            marshaller.finish();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Pickles are classes, not records: River cannot read records nested in a non-public class. */
    static final class FilePathPickle implements Pickle {
        private static final long serialVersionUID = 1L;
        private final String remote;
        private final int channel;

        FilePathPickle(String remote, int channel) {
            this.remote = remote;
            this.channel = channel;
        }

        @Override
        public Object rehydrate(List<Object> live) {
            return channel < 0 ? new FilePath(new java.io.File(remote))
                    : new FilePath((VirtualChannel) live.get(channel), remote);
        }
    }

    static final class RunPickle implements Pickle {
        private static final long serialVersionUID = 1L;
        private final String externalizableId;
        private final int run;

        RunPickle(String externalizableId, int run) {
            this.externalizableId = externalizableId;
            this.run = run;
        }

        @Override
        public String toString() {
            return "RunPickle[" + externalizableId + "]";
        }

        @Override
        public Object rehydrate(List<Object> live) {
            return live.get(run);
        }
    }

    static final class ThrowablePickle implements Pickle {
        private static final long serialVersionUID = 1L;
        private final String className;
        private final String message;
        private final StackTraceElement[] stack;

        ThrowablePickle(String className, String message, StackTraceElement[] stack) {
            this.className = className;
            this.message = message;
            this.stack = stack;
        }

        @Override
        public Object rehydrate(List<Object> live) {
            ProxiedException proxy = new ProxiedException(className + ": " + message);
            proxy.setStackTrace(stack);
            return proxy;
        }
    }

    /** What a restored program holds in place of an exception River could not write (remoting's ProxyException). */
    static final class ProxiedException extends Exception {
        private static final long serialVersionUID = 1L;

        ProxiedException(String text) {
            super(text);
        }
    }
}
