package io.jenkins.plugins.skylark.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads JUnit XML reports as Maven Surefire/Failsafe, Gradle and jest-junit write them: every
 * {@code testcase} (at any depth under {@code testsuites}/{@code testsuite}) counts once, as failed
 * ({@code failure}), error ({@code error}), skipped ({@code skipped}) or passed. The suites' own count
 * attributes are not trusted: tools disagree on them. DTDs and external entities are refused.
 */
final class JUnitReports {
    private static final XMLInputFactory FACTORY = factory();

    private JUnitReports() {
    }

    static TestSummary read(Path workspace, List<String> files) throws BuildException {
        TestSummary summary = TestSummary.NONE;
        for (String file : files) {
            try (InputStream in = Files.newInputStream(workspace.resolve(file))) {
                summary = summary.plus(parse(in, file));
            } catch (IOException e) {
                throw BuildException.of("JUnitReports.unreadable", file, e.getMessage());
            }
        }
        return summary;
    }

    static TestSummary parse(InputStream in, String file) throws BuildException {
        int total = 0;
        int failed = 0;
        int errors = 0;
        int skipped = 0;
        List<TestFailure> failures = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            String className = null;
            String name = null;
            boolean decided = false;
            int level = 0;
            int caseLevel = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    level++;
                    String element = xml.getLocalName();
                    if (level == 1 && !element.equals("testsuites") && !element.equals("testsuite")) {
                        throw BuildException.of("JUnitReports.notJUnit", file, element);
                    }
                    if (element.equals("testcase")) {
                        total++;
                        className = xml.getAttributeValue(null, "classname");
                        name = xml.getAttributeValue(null, "name");
                        decided = false;
                        caseLevel = level;
                    } else if (level == caseLevel + 1 && !decided && isOutcome(element)) {
                        decided = true;
                        if (element.equals("skipped")) {
                            skipped++;
                        } else {
                            boolean error = element.equals("error");
                            if (error) {
                                errors++;
                            } else {
                                failed++;
                            }
                            String message = xml.getAttributeValue(null, "message");
                            if (message == null || message.isBlank()) {
                                message = xml.getElementText();
                                level--; // getElementText read up to the end element
                            }
                            failures.add(new TestFailure(className, name, message, error));
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (level == caseLevel) {
                        caseLevel = -1;
                    }
                    level--;
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw BuildException.of("JUnitReports.badXml", file, line, e.getMessage());
        } finally {
            close(xml);
        }
        return new TestSummary(total, failed, errors, skipped, failures);
    }

    private static boolean isOutcome(String element) {
        return element.equals("failure") || element.equals("error") || element.equals("skipped");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }
}
