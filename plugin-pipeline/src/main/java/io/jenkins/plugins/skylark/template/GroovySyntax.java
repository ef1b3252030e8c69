package io.jenkins.plugins.skylark.template;

import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.ErrorCollector;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;

/**
 * Parses Groovy source with the Groovy that Jenkins runs Pipelines with (2.4), up to the syntax
 * tree only: nothing is resolved, compiled or run.
 */
public final class GroovySyntax {

    private GroovySyntax() {
    }

    /** The syntax tree of {@code source}, or {@link SyntaxError} with the line of the first error. */
    public static ModuleNode parse(String name, String source) {
        CompilationUnit unit = new CompilationUnit();
        SourceUnit sourceUnit = unit.addSource(name, source);
        try {
            unit.compile(Phases.CONVERSION);
        } catch (CompilationFailedException e) {
            throw SyntaxError.from(name, sourceUnit.getErrorCollector(), e);
        }
        return sourceUnit.getAST();
    }

    /** Source that is not valid Groovy; {@link #line()} is 1-based, 0 when Groovy gave none. */
    public static final class SyntaxError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int line;

        private SyntaxError(String message, int line, Throwable cause) {
            super(message, cause);
            this.line = line;
        }

        static SyntaxError from(String name, ErrorCollector errors, CompilationFailedException e) {
            if (errors.getErrorCount() > 0 && errors.getError(0) instanceof SyntaxErrorMessage syntax) {
                var cause = syntax.getCause();
                return new SyntaxError(name + " line " + cause.getLine() + ": " + cause.getOriginalMessage(),
                        cause.getLine(), e);
            }
            return new SyntaxError(name + ": " + e.getMessage(), 0, e);
        }

        public int line() {
            return line;
        }
    }
}
