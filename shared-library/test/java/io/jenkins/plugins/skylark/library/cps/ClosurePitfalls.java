package io.jenkins.plugins.skylark.library.cps;

import java.util.List;
import java.util.Set;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * The best-known CPS pitfall: in a CPS-transformed method, a closure literal passed to a method of an
 * object (a Groovy/Java method such as {@code list.sort { … }}, not a step) that groovy-cps does not
 * translate. Java then calls the CPS closure directly, and Pipeline stops it with "expected to call …
 * but wound up catching …" (or, in older versions, the closure returns after its first step call).
 * Methods marked {@code @NonCPS} are skipped (they run as plain Groovy), and so are calls without an
 * explicit receiver and calls on {@code this}, {@code steps} or {@code script}: those are steps or
 * library methods, which Pipeline runs as CPS code.
 */
final class ClosurePitfalls extends CompilationCustomizer {

    private static final Set<String> STEP_RECEIVERS = Set.of("this", "steps", "script");
    private static final String NON_CPS = "com.cloudbees.groovy.cps.NonCPS";

    private final Set<String> translated;
    private final List<String> problems;

    ClosurePitfalls(Set<String> translated, List<String> problems) {
        super(CompilePhase.SEMANTIC_ANALYSIS);
        this.translated = translated;
        this.problems = problems;
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        for (MethodNode method : classNode.getMethods()) {
            if (method.getCode() != null && !method.isSynthetic() && !nonCps(method)) {
                method.getCode().visit(new Finder(source, method));
            }
        }
    }

    private static boolean nonCps(MethodNode method) {
        return method.getAnnotations().stream().anyMatch(annotation -> NON_CPS.equals(annotation.getClassNode().getName()));
    }

    private final class Finder extends ClassCodeVisitorSupport {
        private final SourceUnit source;
        private final MethodNode method;

        Finder(SourceUnit source, MethodNode method) {
            this.source = source;
            this.method = method;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public void visitMethodCallExpression(MethodCallExpression call) {
            if (!call.isImplicitThis() && !stepReceiver(call.getObjectExpression()) && takesClosure(call)
                    && !translated.contains(call.getMethodAsString())) {
                problems.add(source.getName().replaceFirst("^.*/(vars|src)/", "$1/") + ":" + call.getLineNumber()
                        + ": closure passed to '" + call.getMethodAsString() + "' in CPS method '" + method.getName()
                        + "': groovy-cps does not run '" + call.getMethodAsString() + "' as CPS code; "
                        + "use a loop, or move the call into a @NonCPS method");
            }
            super.visitMethodCallExpression(call);
        }

        private boolean stepReceiver(Expression receiver) {
            return receiver instanceof VariableExpression variable && STEP_RECEIVERS.contains(variable.getName());
        }

        private boolean takesClosure(MethodCallExpression call) {
            return call.getArguments() instanceof TupleExpression arguments
                    && arguments.getExpressions().stream().anyMatch(ClosureExpression.class::isInstance);
        }
    }
}
