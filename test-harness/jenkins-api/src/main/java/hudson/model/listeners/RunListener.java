package hudson.model.listeners;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Told when builds start and complete; registered as an {@code @Extension}. */
@SuppressWarnings("rawtypes")
public abstract class RunListener<R extends Run> implements ExtensionPoint {
    private static final Logger LOGGER = Logger.getLogger(RunListener.class.getName());

    public final Class<R> targetType;

    protected RunListener(Class<R> targetType) {
        this.targetType = targetType;
    }

    @SuppressWarnings("unchecked")
    protected RunListener() {
        this.targetType = (Class<R>) typeArgument(getClass());
    }

    public void onCompleted(R r, TaskListener listener) {
    }

    public void onFinalized(R r) {
    }

    public void onStarted(R r, TaskListener listener) {
    }

    @SuppressWarnings("unchecked")
    public static void fireCompleted(Run r, TaskListener listener) {
        for (RunListener l : all()) {
            if (l.targetType.isInstance(r)) {
                try {
                    l.onCompleted(r, listener);
                } catch (Throwable e) {
                    LOGGER.log(Level.WARNING, "RunListener failed", e);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static void fireStarted(Run r, TaskListener listener) {
        for (RunListener l : all()) {
            if (l.targetType.isInstance(r)) {
                try {
                    l.onStarted(r, listener);
                } catch (Throwable e) {
                    LOGGER.log(Level.WARNING, "RunListener failed", e);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static void fireFinalized(Run r) {
        for (RunListener l : all()) {
            if (l.targetType.isInstance(r)) {
                try {
                    l.onFinalized(r);
                } catch (Throwable e) {
                    LOGGER.log(Level.WARNING, "RunListener failed", e);
                }
            }
        }
    }

    public static ExtensionList<RunListener> all() {
        return ExtensionList.lookup(RunListener.class);
    }

    private static Class<?> typeArgument(Class<?> c) {
        for (Class<?> k = c; k != null && k != RunListener.class; k = k.getSuperclass()) {
            Type t = k.getGenericSuperclass();
            if (t instanceof ParameterizedType p && p.getRawType() == RunListener.class) {
                Type arg = p.getActualTypeArguments()[0];
                if (arg instanceof Class<?> cls) {
                    return cls;
                }
                if (arg instanceof ParameterizedType pa) {
                    return (Class<?>) pa.getRawType();
                }
            }
        }
        return Run.class;
    }
}
