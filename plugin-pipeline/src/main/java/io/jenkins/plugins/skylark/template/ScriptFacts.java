package io.jenkins.plugins.skylark.template;

import java.util.ArrayList;
import java.util.List;

import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;

/**
 * What a parsed script does, as far as escaping is concerned: the string constants it holds (map
 * keys and property names included, method names not), the methods (Pipeline steps and sections)
 * it calls, in order, and how many GStrings it has. Comparing these for a harmless and a hostile
 * value shows whether a value stayed data. Also lets an editor list the steps a Jenkinsfile calls.
 */
public record ScriptFacts(List<String> strings, List<String> calls, int gStrings) {

    public ScriptFacts {
        strings = List.copyOf(strings);
        calls = List.copyOf(calls);
    }

    public static ScriptFacts of(ModuleNode module) {
        List<String> strings = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        int[] gStrings = {0};
        module.getStatementBlock().visit(new CodeVisitorSupport() {
            @Override
            public void visitConstantExpression(ConstantExpression expression) {
                if (expression.getValue() instanceof String text) {
                    strings.add(text);
                }
            }

            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                calls.add(call.getMethodAsString());
                call.getObjectExpression().visit(this);
                call.getArguments().visit(this);
            }

            @Override
            public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
                calls.add(call.getMethod());
                call.getArguments().visit(this);
            }

            @Override
            public void visitGStringExpression(GStringExpression expression) {
                gStrings[0]++;
                super.visitGStringExpression(expression);
            }
        });
        return new ScriptFacts(strings, calls, gStrings[0]);
    }

    /** Parses a Jenkinsfile and reports its facts. */
    public static ScriptFacts of(String name, String source) {
        return of(GroovySyntax.parse(name, source));
    }
}
