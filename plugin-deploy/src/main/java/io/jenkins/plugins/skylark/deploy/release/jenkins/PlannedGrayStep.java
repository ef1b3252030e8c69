package io.jenkins.plugins.skylark.deploy.release.jenkins;

import org.kohsuke.stapler.DataBoundSetter;

/** A gray step that {@code grayRelease} may run as one step of a release plan, recorded as done afterwards. */
public abstract class PlannedGrayStep extends GrayStep {
    private Integer planStep;

    protected PlannedGrayStep(String application) {
        super(application);
    }

    public Integer getPlanStep() {
        return planStep;
    }

    /** The index of the release plan's step this carries out, recorded as done (set by {@code grayRelease}). */
    @DataBoundSetter
    public void setPlanStep(Integer planStep) {
        this.planStep = planStep;
    }
}
