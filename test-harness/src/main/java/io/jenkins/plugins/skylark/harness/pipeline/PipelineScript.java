package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import org.codehaus.groovy.runtime.InvokerInvocationException;

/**
 * Base class of every Jenkinsfile and library variable the runner compiles. Methods the script
 * defines win; any other call or property goes to the {@link PipelineRuntime}, as Jenkins' CPS
 * script does with steps and global variables.
 */
public abstract class PipelineScript extends Script {
    static final String RUNTIME = "__skylarkPipelineRuntime";

    private PipelineRuntime runtime() {
        return (PipelineRuntime) getBinding().getVariable(RUNTIME);
    }

    @Override
    public Object invokeMethod(String name, Object args) {
        try {
            return super.invokeMethod(name, args);
        } catch (MissingMethodException missing) {
            if (!name.equals(missing.getMethod()) || missing.getType() != getClass()) {
                throw missing;
            }
            return dispatch(name, args);
        }
    }

    private Object dispatch(String name, Object args) {
        Object[] arguments = args instanceof Object[] array ? array : new Object[] {args};
        try {
            return runtime().call(name, arguments);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new InvokerInvocationException(e);
        }
    }

    @Override
    public Object getProperty(String name) {
        try {
            return super.getProperty(name);
        } catch (MissingPropertyException missing) {
            if (!name.equals(missing.getProperty())) {
                throw missing;
            }
            return runtime().property(name);
        }
    }
}
