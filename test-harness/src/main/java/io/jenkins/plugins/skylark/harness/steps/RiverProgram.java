package io.jenkins.plugins.skylark.harness.steps;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jboss.marshalling.Marshaller;
import org.jboss.marshalling.Marshalling;
import org.jboss.marshalling.MarshallingConfiguration;
import org.jboss.marshalling.ObjectResolver;
import org.jboss.marshalling.SimpleClassResolver;
import org.jboss.marshalling.Unmarshaller;
import org.jboss.marshalling.river.RiverMarshallerFactory;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * One save and load of a running Pipeline's state with JBoss Marshalling River, configured as
 * workflow-support's {@code RiverWriter} and {@code RiverReader} configure it: a default
 * {@link MarshallingConfiguration} (default version and serializability checker, no class or object
 * table) whose {@link ObjectResolver} swaps objects for {@link HarnessPickles pickles} in the main
 * stream; the pickles follow in a second stream; reading resolves classes with a
 * {@link SimpleClassResolver} on the flow's class loader and swaps the pickles back.
 *
 * <p>Objects that Jenkins keeps on the controller and reconnects on load — a step's context, a body's
 * execution (Pipeline's own are serialisable handles, as the owner is written as a {@code DryOwner}) —
 * are written as handles and come back as the same live objects. Anything else is written as River
 * writes it, so a non-serialisable or inaccessible object fails here with River's own error, whose
 * trace names the field path.
 */
final class RiverProgram {
    private final List<Object> live = new ArrayList<>();
    private final List<HarnessPickles.Pickle> pickles = new ArrayList<>();
    private final ClassLoader loader;

    RiverProgram(ClassLoader loader) {
        this.loader = loader;
    }

    /** The main stream and the pickle stream of one save. */
    record Saved(byte[] program, byte[] pickles) {
    }

    /** Writes {@code roots} in order into one main stream, then the pickles; fails as River fails. */
    Saved write(List<?> roots) throws IOException {
        ByteArrayOutputStream program = new ByteArrayOutputStream();
        Marshaller marshaller = new RiverMarshallerFactory().createMarshaller(configuration(new Replacing()));
        marshaller.start(Marshalling.createByteOutput(program));
        for (int i = 0; i < roots.size(); i++) {
            try {
                marshaller.writeObject(roots.get(i));
            } catch (IOException | RuntimeException e) {
                throw new RootNotWritten(i, e);
            }
        }
        marshaller.finish();
        ByteArrayOutputStream pickleStream = new ByteArrayOutputStream();
        Marshaller plain = new RiverMarshallerFactory().createMarshaller(new MarshallingConfiguration());
        plain.start(Marshalling.createByteOutput(pickleStream));
        plain.writeObject(new ArrayList<>(pickles));
        plain.finish();
        return new Saved(program.toByteArray(), pickleStream.toByteArray());
    }

    /** Reads back what {@link #write} wrote: the pickles first, rehydrated, then the roots. */
    List<Object> read(Saved saved, int count) throws IOException, ClassNotFoundException {
        List<Object> rehydrated = new ArrayList<>();
        for (Object pickle : (List<?>) readAll(saved.pickles(), 1, new Restoring(List.of())).get(0)) {
            rehydrated.add(((HarnessPickles.Pickle) pickle).rehydrate(live));
        }
        return readAll(saved.program(), count, new Restoring(rehydrated));
    }

    private List<Object> readAll(byte[] bytes, int count, ObjectResolver resolver)
            throws IOException, ClassNotFoundException {
        MarshallingConfiguration config = configuration(resolver);
        config.setClassResolver(new SimpleClassResolver(loader));
        Unmarshaller unmarshaller = new RiverMarshallerFactory().createUnmarshaller(config);
        unmarshaller.start(Marshalling.createByteInput(new ByteArrayInputStream(bytes)));
        List<Object> objects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            objects.add(unmarshaller.readObject());
        }
        unmarshaller.finish();
        return objects;
    }

    private static MarshallingConfiguration configuration(ObjectResolver resolver) {
        MarshallingConfiguration config = new MarshallingConfiguration();
        config.setObjectResolver(resolver);
        return config;
    }

    private int keepLive(Object object) {
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i) == object) {
                return i;
            }
        }
        live.add(object);
        return live.size() - 1;
    }

    /** River failed on root {@code index}; the cause is River's error with its trace. */
    static final class RootNotWritten extends IOException {
        private static final long serialVersionUID = 1L;
        private final int index;

        RootNotWritten(int index, Exception riverFailure) {
            super(riverFailure);
            this.index = index;
        }

        int index() {
            return index;
        }
    }

    /**
     * Stands for a controller-side object that the reader reconnects, as Pipeline's DryOwner does.
     * (A class, not a record: River cannot read the components of a record nested in a non-public class.)
     */
    static final class LiveHandle implements Serializable {
        private static final long serialVersionUID = 1L;
        final int index;

        LiveHandle(int index) {
            this.index = index;
        }
    }

    /** Stands for pickle {@code index} in the main stream, as Pipeline's DryCapsule does. */
    static final class Capsule implements Serializable {
        private static final long serialVersionUID = 1L;
        final int index;

        Capsule(int index) {
            this.index = index;
        }
    }

    /** RiverWriter's resolver: handles, then the pickle factories, then remoting's rule. */
    private final class Replacing implements ObjectResolver {
        @Override
        public Object readResolve(Object replacement) {
            throw new IllegalStateException();
        }

        @Override
        public Object writeReplace(Object original) {
            if (original instanceof HarnessStepContext || original instanceof HarnessBodyExecution) {
                return new LiveHandle(keepLive(original));
            }
            HarnessPickles.Pickle pickle = HarnessPickles.pickle(original, RiverProgram.this::keepLive);
            if (pickle != null) {
                pickles.add(pickle);
                return new Capsule(pickles.size() - 1);
            }
            if (original instanceof SerializableOnlyOverRemoting) {
                throw new UncheckedNotSerializable(original);
            }
            return original;
        }
    }

    /** RiverReader's resolvers: capsules to rehydrated pickles, handles to the live objects. */
    private final class Restoring implements ObjectResolver {
        private final List<Object> rehydrated;

        Restoring(List<Object> rehydrated) {
            this.rehydrated = rehydrated;
        }

        @Override
        public Object readResolve(Object replacement) {
            if (replacement instanceof Capsule capsule) {
                return rehydrated.get(capsule.index);
            }
            if (replacement instanceof LiveHandle handle) {
                return live.get(handle.index);
            }
            return replacement;
        }

        @Override
        public Object writeReplace(Object original) {
            throw new IllegalStateException();
        }
    }

    /**
     * Remoting's {@code SerializableOnlyOverRemoting} refuses to be written outside a channel (a
     * {@code TaskListener}, a {@code FilePath} without its pickle); River passes it up with the field path.
     */
    static final class UncheckedNotSerializable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedNotSerializable(Object object) {
            super(new NotSerializableException("The calling thread " + Thread.currentThread()
                    + " has no associated channel. The current object " + object + " is "
                    + SerializableOnlyOverRemoting.class + ", but it is likely being serialized/deserialized"
                    + " without the channel"));
        }
    }
}
