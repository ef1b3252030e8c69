package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every credentials field of the platform form is the credentials plugin's select, and its descriptor
 * answers it the way Stapler calls it: {@code doFill<Field>Items} with the form's context and the current
 * value bound by parameter name, {@code doCheck<Field>} by POST with {@code value}.
 */
class CredentialsFormTest {
    private static final String CREDENTIALS_TAGLIB = "/lib/credentials";

    @ParameterizedTest
    @ValueSource(classes = {ClusterConfig.class, RegistryConfig.class, SonarServerConfig.class, JiraServerConfig.class})
    void shouldUseTheCredentialsSelect(Class<?> config) throws Exception {
        Element entry = entry(form(config), "credentialsId");

        NodeList controls = entry.getElementsByTagNameNS(CREDENTIALS_TAGLIB, "select");
        assertThat(controls.getLength()).as("c:select from %s", CREDENTIALS_TAGLIB).isEqualTo(1);
        assertThat(((Element) controls.item(0)).getAttribute("checkMethod")).isEqualTo("post");
        assertThat(entry.getElementsByTagNameNS("/lib/form", "textbox").getLength()).isZero();
    }

    @ParameterizedTest
    @ValueSource(classes = {ClusterConfig.DescriptorImpl.class, RegistryConfig.DescriptorImpl.class,
            SonarServerConfig.DescriptorImpl.class})
    void shouldAnswerTheSelectAsStaplerCallsIt(Class<? extends Descriptor<?>> descriptor) throws Exception {
        Method fill = descriptor.getMethod("doFillCredentialsIdItems", Item.class, String.class);
        assertThat(ListBoxModel.class).isAssignableFrom(fill.getReturnType());
        Parameter[] fillParameters = fill.getParameters();
        assertThat(fillParameters[0].isAnnotationPresent(AncestorInPath.class)).isTrue();
        assertThat(fillParameters[1].isAnnotationPresent(QueryParameter.class)).isTrue();
        assertThat(fillParameters[1].getName()).as("bound to the field's current value").isEqualTo("credentialsId");

        Method check = descriptor.getMethod("doCheckCredentialsId", Item.class, String.class);
        assertThat(check.getReturnType()).isEqualTo(FormValidation.class);
        assertThat(check.isAnnotationPresent(POST.class)).isTrue();
        assertThat(check.getParameters()[0].isAnnotationPresent(AncestorInPath.class)).isTrue();
        assertThat(check.getParameters()[1].getName()).isEqualTo("value");
    }

    private static Document form(Class<?> config) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = config.getResourceAsStream(config.getSimpleName() + "/config.jelly")) {
            assertThat(in).as("config.jelly of %s", config.getSimpleName()).isNotNull();
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Element entry(Document form, String field) {
        NodeList entries = form.getElementsByTagNameNS("/lib/form", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (field.equals(entry.getAttribute("field"))) {
                return entry;
            }
        }
        throw new AssertionError("no f:entry for field " + field);
    }
}
