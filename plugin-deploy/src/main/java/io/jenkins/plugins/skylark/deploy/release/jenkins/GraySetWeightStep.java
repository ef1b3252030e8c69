package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code graySetWeight(application: 'orders', weight: 20)} sends that share of the traffic to the new version;
 * {@code graySetWeight(application: 'orders', match: [header: 'x-canary', value: 'true'])} (or
 * {@code [cookie: 'canary']}) sends the matching requests to it whatever the weight, {@code match: [:]} removes
 * that route. Returns the release state.
 */
public final class GraySetWeightStep extends PlannedGrayStep {
    private static final Set<String> MATCH_KEYS = Set.of("header", "value", "cookie");

    private Integer weight;
    private Object match;

    @DataBoundConstructor
    public GraySetWeightStep(String application) {
        super(application);
    }

    public Integer getWeight() {
        return weight;
    }

    /** The canary's share of the traffic, 0 to 100. */
    @DataBoundSetter
    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public Object getMatch() {
        return match;
    }

    /** {@code [header: 'x-canary', value: 'true']}, {@code [header: 'x-canary']} (any value), {@code [cookie: 'canary']}. */
    @DataBoundSetter
    public void setMatch(Object match) {
        this.match = match instanceof CharSequence text && text.toString().isBlank() ? null : match;
    }

    @Override
    boolean movesTraffic() {
        return true;
    }

    @Override
    GrayCall call(GrayScope scope) {
        if ((weight == null) == (match == null)) {
            throw new IllegalArgumentException(Messages.get("GraySetWeightStep.weightOrMatch", scope.step()));
        }
        if (weight != null) {
            if (weight < 0 || weight > 100) {
                throw new IllegalArgumentException(Messages.get("GraySetWeightStep.weightRange", scope.step(), weight));
            }
            return new GrayCall.SetWeight(scope.target(getApplication()), weight, getPlanStep());
        }
        return new GrayCall.SetMatch(scope.target(getApplication()), match(scope.step(), match), getPlanStep());
    }

    /** The match route of {@code value}; an empty map means none. */
    static ReleaseStep.Match match(String step, Object value) {
        if (!(value instanceof Map<?, ?> map) || !MATCH_KEYS.containsAll(map.keySet())) {
            throw new IllegalArgumentException(Messages.get("GraySetWeightStep.matchShape", step, value));
        }
        if (map.isEmpty()) {
            return null;
        }
        String header = text(map.get("header"));
        String cookie = text(map.get("cookie"));
        if ((header == null) == (cookie == null) || cookie != null && map.containsKey("value")) {
            throw new IllegalArgumentException(Messages.get("GraySetWeightStep.matchShape", step, value));
        }
        return new ReleaseStep.Match(header, text(map.get("value")), cookie);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    @Extension
    @Symbol("graySetWeight")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "graySetWeight";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GraySetWeightStep.displayName");
        }
    }
}
