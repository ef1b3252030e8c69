package io.jenkins.plugins.skylark.template.catalogue;

/** The text of a small valid template for catalogue tests. */
public final class TemplateText {

    private TemplateText() {
    }

    public static String descriptor(String id, String version) {
        return """
                id: %s
                version: %s
                category: test
                name: {en: Hello, zh: 你好}
                description: {en: Says hello., zh: 打招呼。}
                icon: icon.svg
                parameters:
                  - name: greeting
                    type: string
                    default: hello
                    label: {en: Greeting, zh: 问候}
                stages:
                  - id: say
                    name: {en: Say, zh: 说}
                    tasks:
                      - id: echo
                        fragment: echo.groovy
                examples:
                  - name: default
                    values: {}
                """.formatted(id, version);
    }
}
