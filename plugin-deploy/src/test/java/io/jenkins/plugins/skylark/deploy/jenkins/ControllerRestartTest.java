package io.jenkins.plugins.skylark.deploy.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;

/** The simulated restart fails a step that does not resume, as Pipeline does, and lets one that does finish. */
class ControllerRestartTest {

    @Test
    void shouldFailAStepWhoseBackgroundWorkWasCutOffByTheRestart() throws Exception {
        ControllerRestart restart = ControllerRestart.start(new WorkStep(false), null);

        assertThatThrownBy(() -> restart.resumeFrom(restart.savedByStep()))
                .hasMessage("Resume after a restart not supported while running background code");
    }

    @Test
    void shouldFinishAStepThatRedoesItsWorkOnResume() throws Exception {
        ControllerRestart restart = ControllerRestart.start(new WorkStep(true), null);

        assertThat(restart.resumeFrom(restart.savedByStep())).isEqualTo("done");
    }

    /** Saves its state from a background thread, then completes; optionally redoes that on resume. */
    private static final class WorkStep extends Step {
        private final boolean resumes;

        WorkStep(boolean resumes) {
            this.resumes = resumes;
        }

        @Override
        public StepExecution start(StepContext context) {
            return new WorkExecution(context, resumes);
        }
    }

    public static final class WorkExecution extends GeneralNonBlockingStepExecution {
        private static final long serialVersionUID = 1L;
        private final boolean resumes;

        WorkExecution(StepContext context, boolean resumes) {
            super(context);
            this.resumes = resumes;
        }

        @Override
        public boolean start() {
            run(this::work);
            return false;
        }

        @Override
        public void onResume() {
            if (resumes) {
                run(this::work);
            } else {
                super.onResume();
            }
        }

        private void work() throws Exception {
            getContext().saveState().get();
            getContext().onSuccess("done");
        }
    }
}
