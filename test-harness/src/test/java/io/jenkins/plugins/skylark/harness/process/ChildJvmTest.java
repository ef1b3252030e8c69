package io.jenkins.plugins.skylark.harness.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @TempDir
    Path folder;

    @Test
    void shouldKillTheChildWithoutLettingItRunItsShutdownHooks() {
        Path hookRan = folder.resolve("hook-ran");
        try (ChildJvm child = ChildJvm.start(SleepingChild.class, folder, List.of(hookRan.toString()))) {
            assertThat(child.nextLine()).as(child.errors()).contains("ready");

            child.kill();

            // SIGTERM (Process.destroy) would run the hook and exit with 143; SIGKILL runs nothing.
            assertThat(child.exitCode()).isEqualTo(137);
            assertThat(hookRan).doesNotExist();
            assertThat(child.isAlive()).isFalse();
        }
    }

    @Test
    void shouldLeaveTheChildsOutputReadableAfterTheKill() {
        try (ChildJvm child = ChildJvm.start(SleepingChild.class, folder, List.of(folder.resolve("x").toString()))) {
            assertThat(child.nextLine()).as(child.errors()).contains("ready");

            child.kill();

            // Process.destroyForcibly() would close the pipe: reading would fail with "Stream closed"
            // instead of giving what the child printed before it died, here nothing more.
            assertThat(child.nextLine()).isEmpty();
        }
    }

    /** Prints "ready", then sleeps; its shutdown hook would create the file named by its argument. */
    public static final class SleepingChild {

        private SleepingChild() {
        }

        public static void main(String[] args) throws InterruptedException {
            Path marker = Path.of(args[0]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.writeString(marker, "ran");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
