package io.jenkins.plugins.skylark.harness.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Renders a page's Jelly shell as Jenkins would for a browser test: HTML elements as written, with every
 * {@code ${expression}} taken from the test's map (an expression the map lacks fails the test, so the
 * JavaScript is tested against the shell's real markup); layout tags unwrapped; {@code <st:adjunct>} as
 * the adjunct's {@code <link>} and {@code <script>}. Only the tags a shell may use are known: logic in a
 * shell ({@code j:forEach}, {@code j:if}) is refused, since the pages' data comes from JSON endpoints.
 */
public final class JellyShell {

    /** Where {@link PageServer} serves class-path resources, as Jenkins serves adjuncts. */
    public static final String ADJUNCTS = "/adjuncts/";

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Set<String> UNWRAPPED = Set.of("jelly", "layout", "main-panel", "side-panel", "header",
            "app-bar", "form", "section");
    private static final Set<String> DROPPED = Set.of("task", "tasks", "breadcrumb", "include", "setHeader",
            "contentType", "documentation");
    private static final Set<String> VOID = Set.of("input", "br", "img", "meta", "link", "hr");

    private final Path file;
    private final Map<String, String> expressions;
    private String title = "";

    private JellyShell(Path file, Map<String, String> expressions) {
        this.file = file;
        this.expressions = Map.copyOf(expressions);
    }

    /** The page as HTML, with Jenkins' crumb attributes on {@code <head>}. */
    public static String render(Path jelly, Map<String, String> expressions, String crumb, String lang) {
        JellyShell shell = new JellyShell(jelly, expressions);
        StringBuilder body = new StringBuilder();
        shell.children(parse(jelly).getDocumentElement(), body);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(escape(lang)).append("\">")
                .append("<head data-crumb-header=\"").append(PageServer.CRUMB_HEADER)
                .append("\" data-crumb-value=\"").append(escape(crumb)).append("\"><meta charset=\"utf-8\">")
                .append("<title>").append(escape(shell.title)).append("</title>");
        return html.append("</head><body>").append(body).append("</body></html>").toString();
    }

    private static Document parse(Path jelly) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(Files.newInputStream(jelly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalArgumentException(jelly + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private void children(Node parent, StringBuilder out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) child, out);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(escape(substitute(child.getNodeValue())));
                default -> { }
            }
        }
    }

    private void element(Element element, StringBuilder out) {
        String name = element.getLocalName();
        if (element.getNamespaceURI() == null) {
            out.append('<').append(name);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                checkNotInline(attribute.getNodeName());
                out.append(' ').append(attribute.getNodeName()).append("=\"")
                        .append(escape(substitute(attribute.getNodeValue()))).append('"');
            }
            out.append('>');
            if (name.equals("script") || name.equals("style")) {
                throw new IllegalArgumentException(file + ": inline <" + name + "> is refused by Jenkins' CSP");
            }
            if (!VOID.contains(name)) {
                children(element, out);
                out.append("</").append(name).append('>');
            }
        } else if (name.equals("adjunct")) {
            // In place, as Stapler writes it: a script must not assume the rest of the page is parsed.
            for (String include : element.getAttribute("includes").split(",")) {
                String base = ADJUNCTS + include.strip().replace('.', '/');
                if (PageServer.resourceExists(base + ".css")) {
                    out.append("<link rel=\"stylesheet\" href=\"").append(base).append(".css\">");
                }
                if (PageServer.resourceExists(base + ".js")) {
                    out.append("<script src=\"").append(base).append(".js\"></script>");
                }
            }
        } else if (name.equals("layout")) {
            title = substitute(element.getAttribute("title"));
            children(element, out);
        } else if (UNWRAPPED.contains(name)) {
            children(element, out);
        } else if (!DROPPED.contains(name)) {
            throw new IllegalArgumentException(file + ": <" + element.getTagName()
                    + "> has no meaning in a page shell here (data comes from the JSON endpoints)");
        }
    }

    private void checkNotInline(String attribute) {
        if (attribute.equals("style") || attribute.startsWith("on")) {
            throw new IllegalArgumentException(file + ": inline " + attribute + "= is refused by Jenkins' CSP");
        }
    }

    private String substitute(String text) {
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = expressions.get(matcher.group(1).strip());
            if (value == null) {
                throw new IllegalArgumentException(file + ": the test gives no value for ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(result).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
