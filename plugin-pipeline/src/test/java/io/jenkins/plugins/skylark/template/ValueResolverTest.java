package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ValueResolverTest {

    private final TemplateDescriptor template = Fixtures.load("echo-values");

    @Test
    void shouldApplyDefaultsAndLeaveOutHiddenParameters() {
        ResolvedValues values = TemplateEngine.validate(template, Map.of("name", "abc"));

        assertThat(values.values()).containsEntry("message", "hello").containsEntry("count", 3L)
                .containsEntry("tags", List.of("a", "b")).containsEntry("flag", false).containsEntry("notes", "")
                .doesNotContainKey("detail");
    }

    @Test
    void shouldRequireAFieldOnlyWhileItIsShown() {
        assertThat(TemplateEngine.validate(template, Map.of("name", "abc", "flag", "false")).isShown("detail"))
                .isFalse();

        assertThat(errors(Map.of("name", "abc", "flag", true))).containsExactly("detail: a value is required");
    }

    @Test
    void shouldIgnoreAValueOfAHiddenField() {
        ResolvedValues values = TemplateEngine.validate(template, Map.of("name", "abc", "detail", "x"));

        assertThat(values.isShown("detail")).isFalse();
    }

    @Test
    void shouldNameEveryRejectedFieldAtOnce() {
        assertThat(errors(Map.of("name", "ABC", "count", "many", "colour", "blue", "typo", "x")))
                .containsExactlyInAnyOrder(
                        "typo: template echo-values has no such field",
                        "name: \"ABC\" does not match the pattern [a-z]+",
                        "count: must be of type integer",
                        "colour: \"blue\" is not one of: red, green");
    }

    @Test
    void shouldCheckAnIntegersDecimalTextAgainstItsPattern() {
        assertThat(errors(Map.of("name", "abc", "count", 100))).containsExactly(
                "count: \"100\" does not match the pattern [1-9][0-9]?");
        assertThat(errors(Map.of("name", "abc", "count", "-5"))).containsExactly(
                "count: \"-5\" does not match the pattern [1-9][0-9]?");
        assertThat(TemplateEngine.validate(template, Map.of("name", "abc", "count", 99)).values())
                .containsEntry("count", 99L);
    }

    @Test
    void shouldRequireRequiredFieldsWhenBlank() {
        assertThat(errors(Map.of("name", "  "))).containsExactly("name: a value is required");
    }

    @Test
    void shouldRejectLineBreaksInOneLineStringsButNotInText() {
        assertThat(errors(Map.of("name", "abc", "message", "a\nb"))).containsExactly(
                "message: must be one line without control characters");
        assertThat(TemplateEngine.validate(template, Map.of("name", "abc", "notes", "a\nb")).values())
                .containsEntry("notes", "a\nb");
    }

    @Test
    void shouldRejectControlCharactersInText() {
        assertThat(errors(Map.of("name", "abc", "notes", "a\u0000b"))).containsExactly(
                "notes: must not contain control characters other than line breaks and tabs");
    }

    @Test
    void shouldTakeFormTextForTypedFields() {
        ResolvedValues values = TemplateEngine.validate(template,
                Map.of("name", "abc", "count", "7", "flag", "true", "detail", "d", "tags", "x\n y \n\nz"));

        assertThat(values.values()).containsEntry("count", 7L).containsEntry("flag", true)
                .containsEntry("tags", List.of("x", "y", "z"));
    }

    @Test
    void shouldSayWhatIsWrongInChinese() {
        assertThatThrownBy(() -> TemplateEngine.validate(template, Map.of()))
                .isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.message(Locale.CHINA))
                        .isEqualTo("模板 echo-values 的取值无效： name：必须填写"));
    }

    private List<String> errors(Map<String, ?> values) {
        try {
            TemplateEngine.validate(template, values);
        } catch (InvalidValuesException e) {
            return e.errors().stream().map(error -> error.message(Locale.ENGLISH)).toList();
        }
        throw new AssertionError("values were accepted: " + values);
    }
}
