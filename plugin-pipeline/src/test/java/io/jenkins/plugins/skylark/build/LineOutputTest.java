package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineOutputTest {
    private final List<String> lines = new ArrayList<>();

    @Test
    void shouldPassOnWholeLinesWithoutLineEndsAndTheLastUnfinishedOneOnClose() {
        LineOutput output = new LineOutput(lines::add);

        write(output, "one\r\ntw");
        write(output, "o\n\nthree");
        assertThat(lines).containsExactly("one", "two", "");

        output.close();
        assertThat(lines).containsExactly("one", "two", "", "three");
    }

    @Test
    void shouldKeepACharacterWholeWhenItsBytesComeInTwoWrites() {
        byte[] bytes = "构建\n".getBytes(StandardCharsets.UTF_8);
        LineOutput output = new LineOutput(lines::add);

        output.write(bytes, 0, 2);
        output.write(bytes, 2, bytes.length - 2);

        assertThat(lines).containsExactly("构建");
    }

    private static void write(LineOutput output, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        output.write(bytes, 0, bytes.length);
    }
}
