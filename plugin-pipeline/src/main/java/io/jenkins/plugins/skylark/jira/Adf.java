package io.jenkins.plugins.skylark.jira;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as an Atlassian Document Format document, which REST v3 requires for comment bodies:
 * one paragraph per line, and {@code http(s)://} URLs as links (v3 does not link bare URLs itself).
 */
final class Adf {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private Adf() {
    }

    static Map<String, Object> document(String text) {
        List<Object> paragraphs = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            Map<String, Object> paragraph = new LinkedHashMap<>();
            paragraph.put("type", "paragraph");
            List<Object> content = inline(line);
            if (!content.isEmpty()) {
                paragraph.put("content", content);
            }
            paragraphs.add(paragraph);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "doc");
        doc.put("version", 1);
        doc.put("content", paragraphs);
        return doc;
    }

    private static List<Object> inline(String line) {
        List<Object> nodes = new ArrayList<>();
        Matcher url = URL.matcher(line);
        int at = 0;
        while (url.find()) {
            if (url.start() > at) {
                nodes.add(text(line.substring(at, url.start()), null));
            }
            nodes.add(text(url.group(), url.group()));
            at = url.end();
        }
        if (at < line.length()) {
            nodes.add(text(line.substring(at), null));
        }
        return nodes;
    }

    private static Map<String, Object> text(String text, String href) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", "text");
        node.put("text", text);
        if (href != null) {
            node.put("marks", List.of(Map.of("type", "link", "attrs", Map.of("href", href))));
        }
        return node;
    }
}
