package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.call.ExposeArguments;
import io.jenkins.plugins.skylark.deploy.call.ExposeInputs;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code platformExpose(application: 'orders', host: 'orders.shop.example.com', path: '/', port: 8080, tls: 'orders-tls')},
 * the load-balancer setup: an Ingress or Gateway API HTTPRoute (as the environment's exposure says) and the
 * Service when none is there, then waits until the router serves it. Returns {@code [url:, address:, objects:]}.
 */
public final class PlatformExposeStep extends EngineStep {
    /** Routers usually answer within seconds; a missing controller should not hold a build for 10 minutes. */
    private static final String DEFAULT_TIMEOUT = "5m";

    private String host;
    private Object hosts;
    private String path;
    private Object paths;
    private int port;
    private String tls;
    private Object annotations;

    @DataBoundConstructor
    public PlatformExposeStep(String application) {
        super(application);
    }

    public String getHost() {
        return host;
    }

    /** One host name; default {@code <application>.<environment>.<domain>} from the environment's exposure. */
    @DataBoundSetter
    public void setHost(String host) {
        this.host = blankToNull(host);
    }

    public Object getHosts() {
        return hosts;
    }

    /** Several host names (a list), instead of {@code host}. */
    @DataBoundSetter
    public void setHosts(Object hosts) {
        this.hosts = blankToNull(hosts);
    }

    public String getPath() {
        return path;
    }

    /** One path prefix; default {@code /}. */
    @DataBoundSetter
    public void setPath(String path) {
        this.path = blankToNull(path);
    }

    public Object getPaths() {
        return paths;
    }

    /** Several paths, instead of {@code path}: strings (prefixes) or {@code [path: '/api', pathType: 'Exact']}. */
    @DataBoundSetter
    public void setPaths(Object paths) {
        this.paths = blankToNull(paths);
    }

    public int getPort() {
        return port;
    }

    /** The Service port the route sends traffic to (and the pods' port when the step creates the Service). */
    @DataBoundSetter
    public void setPort(int port) {
        this.port = port;
    }

    public String getTls() {
        return tls;
    }

    /** The TLS Secret for the hosts (Ingress only); empty serves plain HTTP. */
    @DataBoundSetter
    public void setTls(String tls) {
        this.tls = blankToNull(tls);
    }

    public Object getAnnotations() {
        return annotations;
    }

    /** Extra annotations on the route (a map), only keys the administrator allows. */
    @DataBoundSetter
    public void setAnnotations(Object annotations) {
        this.annotations = blankToNull(annotations);
    }

    /** The form sends empty strings for fields left empty: those mean "not given". */
    private static <T> T blankToNull(T value) {
        return value instanceof CharSequence text && text.toString().isBlank() ? null : value;
    }

    @Override
    EngineCall call(CallScope scope) {
        ExposeArguments arguments = new ExposeArguments(host, hosts, path, paths, port, tls, annotations);
        return new EngineCall.Expose(ExposeInputs.request(scope.model(), scope.context(), scope.step(), getApplication(),
                arguments, scope.buildUrl()),
                StepInputs.options(getTimeout() == null ? DEFAULT_TIMEOUT : getTimeout(), false));
    }

    @Extension
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "platformExpose";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformExposeStep.displayName");
        }
    }
}
