package io.jenkins.plugins.skylark.template;

import java.util.List;
import java.util.Set;

import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;

/**
 * Checks the outline of a rendered Jenkinsfile against the declarative Pipeline subset the engine
 * writes: one {@code pipeline} block holding known sections, one {@code stages} block of
 * {@code stage('constant name') { … }} blocks, each with exactly one of {@code steps},
 * {@code parallel}, {@code stages}. Catches a fragment for {@code agent}/{@code options}/
 * {@code post} that breaks out of its section. Step contents are Pipeline's business, not checked.
 */
final class DeclarativeOutline {

    private static final Set<String> PIPELINE_SECTIONS = Set.of("agent", "options", "parameters", "environment",
            "tools", "triggers", "stages", "post");
    private static final Set<String> STAGE_SECTIONS = Set.of("agent", "environment", "options", "tools", "when",
            "input", "steps", "parallel", "stages", "post");
    private static final Set<String> STAGE_BODIES = Set.of("steps", "parallel", "stages");

    private DeclarativeOutline() {
    }

    /** Returns a description of the first problem, or {@code null} when the outline is declarative. */
    static String problem(ModuleNode module) {
        List<Statement> top = module.getStatementBlock().getStatements();
        if (top.size() != 1 || !"pipeline".equals(name(top.get(0))) || body(top.get(0)) == null) {
            return "the file must consist of one pipeline { } block";
        }
        List<Statement> sections = body(top.get(0));
        String problem = sectionsProblem("pipeline", sections, PIPELINE_SECTIONS);
        if (problem != null) {
            return problem;
        }
        if (sections.stream().filter(s -> "stages".equals(name(s))).count() != 1) {
            return "pipeline must have exactly one stages block";
        }
        return sections.stream().filter(s -> "stages".equals(name(s))).findFirst()
                .map(stages -> stagesProblem(body(stages))).orElse(null);
    }

    private static String stagesProblem(List<Statement> stages) {
        for (Statement stage : stages) {
            List<Expression> args = arguments(stage);
            if (!"stage".equals(name(stage)) || args.size() != 2
                    || !(args.get(0) instanceof ConstantExpression c && c.getValue() instanceof String)
                    || body(stage) == null) {
                return "stages may hold only stage('constant name') { } blocks, line " + stage.getLineNumber();
            }
            List<Statement> sections = body(stage);
            String problem = sectionsProblem("stage", sections, STAGE_SECTIONS);
            if (problem != null) {
                return problem;
            }
            if (sections.stream().filter(s -> STAGE_BODIES.contains(name(s))).count() != 1) {
                return "a stage needs exactly one of steps, parallel, stages, line " + stage.getLineNumber();
            }
        }
        return null;
    }

    private static String sectionsProblem(String block, List<Statement> sections, Set<String> allowed) {
        return sections.stream().filter(s -> !allowed.contains(name(s))).findFirst()
                .map(s -> "unexpected statement in " + block + " block, line " + s.getLineNumber()).orElse(null);
    }

    private static String name(Statement statement) {
        return call(statement) == null ? null : call(statement).getMethodAsString();
    }

    private static MethodCallExpression call(Statement statement) {
        return statement instanceof ExpressionStatement e && e.getExpression() instanceof MethodCallExpression c
                && c.isImplicitThis() ? c : null;
    }

    private static List<Expression> arguments(Statement statement) {
        return call(statement).getArguments() instanceof ArgumentListExpression list
                ? list.getExpressions() : List.of();
    }

    /** The statements of the call's trailing closure, or {@code null} when it has none. */
    private static List<Statement> body(Statement statement) {
        List<Expression> args = call(statement) == null ? List.of() : arguments(statement);
        if (!args.isEmpty() && args.get(args.size() - 1) instanceof ClosureExpression closure
                && closure.getCode() instanceof BlockStatement block) {
            return block.getStatements();
        }
        return null;
    }
}
