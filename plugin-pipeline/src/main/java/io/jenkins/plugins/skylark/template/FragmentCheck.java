package io.jenkins.plugins.skylark.template;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.VariableExpression;

/**
 * Checks when a template is loaded that a fragment is Groovy and that each placeholder stands where
 * an expression goes: never inside a string, comment, name or map key, where a literal would be
 * misplaced or could end a comment. Done by parsing the fragment with every placeholder replaced by
 * a unique variable name and counting those variables in the syntax tree.
 */
final class FragmentCheck {

    private static final String MARKER = "__skylarkPlaceholder_";

    private FragmentCheck() {
    }

    static void check(Fragment fragment, DescriptorNode field) {
        if (Placeholders.withoutPlaceholders(fragment.text()).contains("{{")) {
            throw field.error("fragment.malformedPlaceholder", fragment.path());
        }
        String probe = Placeholders.replace(fragment.text(), name -> MARKER + name);
        ModuleNode module;
        try {
            module = GroovySyntax.parse(fragment.path(), probe);
        } catch (GroovySyntax.SyntaxError e) {
            throw field.error("fragment.syntax", e.getMessage());
        }
        Map<String, Integer> inCode = variablesIn(module);
        Map<String, Integer> written = occurrences(fragment.text());
        written.forEach((name, count) -> {
            if (inCode.getOrDefault(MARKER + name, 0) < count) {
                throw field.error("fragment.placeholderNotCode", fragment.path(), name);
            }
        });
    }

    private static Map<String, Integer> occurrences(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = Placeholders.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            counts.merge(matcher.group(1), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> variablesIn(ModuleNode module) {
        Map<String, Integer> counts = new HashMap<>();
        module.getStatementBlock().visit(new CodeVisitorSupport() {
            @Override
            public void visitVariableExpression(VariableExpression expression) {
                counts.merge(expression.getName(), 1, Integer::sum);
            }
        });
        return counts;
    }
}
