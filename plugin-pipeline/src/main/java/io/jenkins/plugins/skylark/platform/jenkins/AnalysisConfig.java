package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.ProjectAnalysis;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.HashMap;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A project's named analysis as entered in the form or Configuration as Code; converts to
 * {@link ProjectAnalysis}. The fields are named like a release file's analysis keys, and kept as text so
 * that one parser reports a wrong number or duration exactly as it would in a release file.
 */
public final class AnalysisConfig extends AbstractDescribableImpl<AnalysisConfig> {
    private final String name;
    private final String projectId;
    private String query;
    private String sampleQuery;
    private String successCondition;
    private String interval;
    private String count;
    private String failureLimit;
    private String inconclusiveLimit;
    private String minSampleSize;
    private String onError;

    @DataBoundConstructor
    public AnalysisConfig(String name, String projectId) {
        this.name = Blank.strippedOrNull(name);
        this.projectId = Blank.strippedOrNull(projectId);
    }

    ProjectAnalysis toRecord() {
        return new ProjectAnalysis(projectId, name, Blank.strippedOrNull(query), Blank.strippedOrNull(sampleQuery),
                Blank.strippedOrNull(successCondition), Blank.strippedOrNull(interval), Blank.strippedOrNull(count),
                Blank.strippedOrNull(failureLimit), Blank.strippedOrNull(inconclusiveLimit),
                Blank.strippedOrNull(minSampleSize), Blank.strippedOrNull(onError));
    }

    public String getName() {
        return name;
    }

    public String getProjectId() {
        return projectId;
    }

    /** PromQL giving one number; placeholders such as {@code {{namespace}}}. */
    public String getQuery() {
        return query;
    }

    @DataBoundSetter
    public void setQuery(String query) {
        this.query = query;
    }

    public String getSampleQuery() {
        return sampleQuery;
    }

    @DataBoundSetter
    public void setSampleQuery(String sampleQuery) {
        this.sampleQuery = sampleQuery;
    }

    /** {@code ">= 0.99"}, {@code "< 500"}. */
    public String getSuccessCondition() {
        return successCondition;
    }

    @DataBoundSetter
    public void setSuccessCondition(String successCondition) {
        this.successCondition = successCondition;
    }

    public String getInterval() {
        return interval;
    }

    @DataBoundSetter
    public void setInterval(String interval) {
        this.interval = interval;
    }

    public String getCount() {
        return count;
    }

    @DataBoundSetter
    public void setCount(String count) {
        this.count = count;
    }

    public String getFailureLimit() {
        return failureLimit;
    }

    @DataBoundSetter
    public void setFailureLimit(String failureLimit) {
        this.failureLimit = failureLimit;
    }

    public String getInconclusiveLimit() {
        return inconclusiveLimit;
    }

    @DataBoundSetter
    public void setInconclusiveLimit(String inconclusiveLimit) {
        this.inconclusiveLimit = inconclusiveLimit;
    }

    public String getMinSampleSize() {
        return minSampleSize;
    }

    @DataBoundSetter
    public void setMinSampleSize(String minSampleSize) {
        this.minSampleSize = minSampleSize;
    }

    /** {@code inconclusive} (empty) or {@code fail}. */
    public String getOnError() {
        return onError;
    }

    @DataBoundSetter
    public void setOnError(String onError) {
        this.onError = onError;
    }

    /** Each check sees the fields its rule depends on (a limit needs the count), and reports its own field only. */
    @Extension
    @Symbol("analysis")
    public static final class DescriptorImpl extends Descriptor<AnalysisConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("AnalysisConfig.displayName");
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            return check("name", value);
        }

        @POST
        public FormValidation doCheckQuery(@QueryParameter String value) {
            return check("query", value);
        }

        @POST
        public FormValidation doCheckSampleQuery(@QueryParameter String value) {
            return check("sampleQuery", value);
        }

        @POST
        public FormValidation doCheckSuccessCondition(@QueryParameter String value) {
            return check("successCondition", value);
        }

        @POST
        public FormValidation doCheckInterval(@QueryParameter String value) {
            return check("interval", value);
        }

        @POST
        public FormValidation doCheckCount(@QueryParameter String value) {
            return check("count", value);
        }

        @POST
        public FormValidation doCheckFailureLimit(@QueryParameter String value, @QueryParameter String count) {
            return check("failureLimit", value, "count", count);
        }

        @POST
        public FormValidation doCheckInconclusiveLimit(@QueryParameter String value, @QueryParameter String count) {
            return check("inconclusiveLimit", value, "count", count);
        }

        @POST
        public FormValidation doCheckMinSampleSize(@QueryParameter String value, @QueryParameter String sampleQuery) {
            return check("minSampleSize", value, "sampleQuery", sampleQuery);
        }

        public ListBoxModel doFillOnErrorItems() {
            return FormFields.choices(FieldCheck.analysisErrorPolicies(), false);
        }

        private static FormValidation check(String field, String value, String... others) {
            Map<String, String> values = new HashMap<>();
            values.put(field, value);
            for (int i = 0; i < others.length; i += 2) {
                values.put(others[i], others[i + 1]);
            }
            return FormFields.result(FieldCheck.analysisField(values, field, ViewerLocale.get()));
        }
    }
}
