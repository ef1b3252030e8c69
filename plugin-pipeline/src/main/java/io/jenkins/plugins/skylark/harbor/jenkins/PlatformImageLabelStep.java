package io.jenkins.plugins.skylark.harbor.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.harbor.HarborClient;
import io.jenkins.plugins.skylark.harbor.HarborException;
import io.jenkins.plugins.skylark.harbor.HarborLabel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code platformImageLabel(labels: ['release'])} inside {@code withPlatform}: attaches Harbor labels by name to
 * the image ({@code image:} or {@code PLATFORM_IMAGE}), a label of the Harbor project before a global one of the
 * same name. An unknown label fails the step naming it and the labels that exist, unless {@code create: true}
 * makes it a project label. Returns the names attached.
 */
public final class PlatformImageLabelStep extends Step {
    static final String FUNCTION_NAME = "platformImageLabel";

    private String image;
    private String application;
    private List<String> labels = List.of();
    private boolean create;

    @DataBoundConstructor
    public PlatformImageLabelStep() {
    }

    public String getImage() {
        return image;
    }

    @DataBoundSetter
    public void setImage(String image) {
        this.image = strippedOrNull(image);
    }

    public String getApplication() {
        return application;
    }

    @DataBoundSetter
    public void setApplication(String application) {
        this.application = strippedOrNull(application);
    }

    public List<String> getLabels() {
        return labels;
    }

    @DataBoundSetter
    public void setLabels(List<String> labels) {
        this.labels = labels == null ? List.of() : new ArrayList<>(labels);
    }

    public boolean isCreate() {
        return create;
    }

    @DataBoundSetter
    public void setCreate(boolean create) {
        this.create = create;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<List<String>> {
        private static final long serialVersionUID = 1L;
        private final transient PlatformImageLabelStep step;

        Execution(StepContext context, PlatformImageLabelStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected List<String> run() throws Exception {
            List<String> names = names(step.getLabels());
            HarborTarget target = HarborTarget.resolve(SkylarkConfiguration.get().getModel(),
                    PlatformContexts.require(getContext(), FUNCTION_NAME), getContext().get(EnvVars.class),
                    step.getImage(), step.getApplication());
            Run<?, ?> run = getContext().get(Run.class);
            HarborClient client = HarborAccess.client(HarborAccess.registry(SkylarkConfiguration.get().getModel(),
                    target.registryId()), target.credentialsId(), run);
            try {
                List<HarborLabel> found = find(client, target, names);
                for (HarborLabel label : found) {
                    client.addLabel(target.artifact(), label);
                }
                getContext().get(TaskListener.class).getLogger().println(Messages.get("Label.attached",
                        String.join(", ", names), target.artifact().describe()));
                return names;
            } catch (HarborException e) {
                throw new AbortException(e.getMessage());
            }
        }

        private List<HarborLabel> find(HarborClient client, HarborTarget target, List<String> names)
                throws HarborException, InterruptedException, AbortException {
            long projectId = client.projectId(target.artifact().project());
            List<HarborLabel> existing = new ArrayList<>(client.labels(projectId));
            existing.addAll(client.labels(null)); // project labels first: they win on a name clash
            List<HarborLabel> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String name : names) {
                Optional<HarborLabel> label = existing.stream().filter(l -> l.name().equals(name)).findFirst();
                if (label.isPresent()) {
                    found.add(label.get());
                } else if (step.isCreate()) {
                    found.add(client.createLabel(name, projectId));
                } else {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw new AbortException(Messages.get("Label.unknown", String.join(", ", missing),
                        target.artifact().project(), existing.stream().map(HarborLabel::name).distinct()
                                .collect(Collectors.joining(", "))));
            }
            return found;
        }

        private static List<String> names(List<String> labels) throws AbortException {
            List<String> names = new ArrayList<>();
            for (String label : labels) {
                String name = strippedOrNull(label);
                if (name == null) {
                    throw new AbortException(Messages.get("Label.blank"));
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
            if (names.isEmpty()) {
                throw new AbortException(Messages.get("Label.none"));
            }
            return names;
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformImageLabelStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }
    }
}
