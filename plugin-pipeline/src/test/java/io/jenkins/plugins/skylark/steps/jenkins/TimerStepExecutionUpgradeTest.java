package io.jenkins.plugins.skylark.steps.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.jboss.marshalling.Marshaller;
import org.jboss.marshalling.Marshalling;
import org.jboss.marshalling.MarshallingConfiguration;
import org.jboss.marshalling.SimpleClassResolver;
import org.jboss.marshalling.Unmarshaller;
import org.jboss.marshalling.river.RiverMarshallerFactory;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;

/**
 * A build saved before the upgrade resumes after it: a program written when an execution extended
 * {@link GeneralNonBlockingStepExecution} directly (its own transient future, as {@code platformScan},
 * {@code platformImageScan} and {@code grayPause} had) reads back with River into the same class now
 * extending {@link TimerStepExecution}. The class name and serialVersionUID are unchanged, so the reading side
 * resolves the old name to the new shape, as a restarted controller does with the upgraded plugin.
 */
class TimerStepExecutionUpgradeTest {

    @Test
    void shouldReadAnExecutionSavedBeforeTheBaseClassExistedAndStopIt() throws Exception {
        Before saved = new Before(new TimerStepExecutionTest.Context());
        saved.until = Instant.parse("2026-12-03T20:00:00Z");

        TimerStepExecutionTest.Waiting restored = (TimerStepExecutionTest.Waiting) read(write(saved));

        assertThat(restored.until).isEqualTo(saved.until);
        assertThat(restored.blocksRestart()).isFalse();
        restored.stop(new Exception("stopped after the upgrade"));
        assertThat(((TimerStepExecutionTest.Context) restored.getContext()).failure)
                .hasMessage("stopped after the upgrade");
    }

    private static byte[] write(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Marshaller marshaller = new RiverMarshallerFactory().createMarshaller(new MarshallingConfiguration());
        marshaller.start(Marshalling.createByteOutput(bytes));
        marshaller.writeObject(object);
        marshaller.finish();
        return bytes.toByteArray();
    }

    /** Reads as workflow-support's RiverReader does, the old class's name standing for the upgraded class. */
    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        MarshallingConfiguration config = new MarshallingConfiguration();
        config.setClassResolver(new SimpleClassResolver(TimerStepExecutionUpgradeTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name) throws ClassNotFoundException {
                String upgraded = TimerStepExecutionTest.Waiting.class.getName();
                return super.loadClass(name.equals(Before.class.getName()) ? upgraded : name);
            }
        });
        Unmarshaller unmarshaller = new RiverMarshallerFactory().createUnmarshaller(config);
        unmarshaller.start(Marshalling.createByteInput(new ByteArrayInputStream(bytes)));
        Object object = unmarshaller.readObject();
        unmarshaller.finish();
        return object;
    }

    /**
     * {@link TimerStepExecutionTest.Waiting} as it was before: the same saved fields, the scheduled future in
     * the execution itself, transient.
     */
    static final class Before extends GeneralNonBlockingStepExecution {
        private static final long serialVersionUID = 1L;

        private final boolean asks = false;
        private Instant until;
        private transient volatile ScheduledFuture<?> wait;

        Before(StepContext context) {
            super(context);
        }

        @Override
        public boolean start() {
            return false;
        }
    }
}
