package hudson;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** A started process: wait for it, ask whether it runs, kill it. */
public abstract class Proc {
    protected Proc() {
    }

    public abstract boolean isAlive() throws IOException, InterruptedException;

    public abstract void kill() throws IOException, InterruptedException;

    public abstract int join() throws IOException, InterruptedException;

    /**
     * A process of this JVM's machine, as Jenkins starts it: exactly the given environment, stderr
     * merged into stdout unless given its own stream, output pumped into {@code out} by a thread, an
     * interrupted {@link #join()} and {@link #kill()} end the process and its children.
     */
    public static final class LocalProc extends Proc {
        private final Process proc;
        private final Thread copier;
        private final Thread errCopier;

        public LocalProc(String[] cmd, String[] env, InputStream in, OutputStream out, OutputStream err, File workDir)
                throws IOException {
            if (in != null) {
                throw new UnsupportedOperationException("the stand-in starts processes with an empty stdin only");
            }
            ProcessBuilder builder = new ProcessBuilder(cmd).directory(workDir).redirectErrorStream(err == null);
            if (env != null) {
                Map<String, String> environment = builder.environment();
                environment.clear();
                for (String e : env) {
                    int idx = e.indexOf('=');
                    environment.put(e.substring(0, idx), e.substring(idx + 1));
                }
            }
            proc = builder.start();
            proc.getOutputStream().close();
            copier = copier(proc.getInputStream(), out, String.join(" ", cmd) + ": stdout copier");
            errCopier = err == null ? null : copier(proc.getErrorStream(), err, String.join(" ", cmd) + ": stderr copier");
        }

        private static Thread copier(InputStream in, OutputStream out, String name) {
            Thread thread = new Thread(() -> copy(in, out), name);
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        private static void copy(InputStream in, OutputStream out) {
            try (in) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (out != null) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the process ended or was killed: nothing more to copy
            }
        }

        @Override
        public int join() throws IOException, InterruptedException {
            try {
                int exitCode = proc.waitFor();
                copier.join();
                if (errCopier != null) {
                    errCopier.join();
                }
                return exitCode;
            } catch (InterruptedException e) {
                destroy();
                throw e;
            }
        }

        @Override
        public void kill() throws IOException, InterruptedException {
            destroy();
            join();
        }

        @Override
        public boolean isAlive() {
            return proc.isAlive();
        }

        private void destroy() {
            proc.descendants().forEach(ProcessHandle::destroyForcibly);
            proc.destroyForcibly();
        }
    }
}
