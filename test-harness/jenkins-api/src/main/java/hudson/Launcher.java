package hudson;

import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Starts processes on the node of a workspace. The stand-in declares the builder ({@link ProcStarter})
 * members Skylark uses, {@link #decorateByPrefix} (what wrappers such as {@code container()} build on)
 * and a {@link LocalLauncher} that starts local processes the way Jenkins' does.
 */
public abstract class Launcher {
    protected final TaskListener listener;
    protected final VirtualChannel channel;

    protected Launcher(TaskListener listener, VirtualChannel channel) {
        this.listener = listener;
        this.channel = channel;
    }

    protected Launcher(Launcher launcher) {
        this(launcher.listener, launcher.channel);
    }

    public VirtualChannel getChannel() {
        return channel;
    }

    public TaskListener getListener() {
        return listener;
    }

    public boolean isUnix() {
        return File.pathSeparatorChar == ':';
    }

    public final ProcStarter launch() {
        return new ProcStarter();
    }

    public abstract Proc launch(ProcStarter starter) throws IOException;

    /** A launcher that puts {@code prefix} before every command it starts. */
    public final Launcher decorateByPrefix(String... prefix) {
        Launcher outer = this;
        return new Launcher(outer) {
            @Override
            public boolean isUnix() {
                return outer.isUnix();
            }

            @Override
            public Proc launch(ProcStarter starter) throws IOException {
                starter.commands.addAll(0, Arrays.asList(prefix));
                if (starter.masks != null) {
                    boolean[] masks = new boolean[starter.masks.length + prefix.length];
                    System.arraycopy(starter.masks, 0, masks, prefix.length, starter.masks.length);
                    starter.masks = masks;
                }
                return outer.launch(starter);
            }
        };
    }

    /** Prints {@code $ command} to the listener, masked arguments as asterisks. */
    protected final void maskedPrintCommandLine(List<String> commands, boolean[] masks, FilePath workDir) {
        StringBuilder line = new StringBuilder();
        if (workDir != null) {
            line.append('[').append(workDir.getRemote()).append("] ");
        }
        line.append('$');
        for (int i = 0; i < commands.size(); i++) {
            line.append(' ').append(masks != null && i < masks.length && masks[i] ? "********" : commands.get(i));
        }
        listener.getLogger().println(line);
    }

    /** What a process is started with: command, masks, directory, output, environment overrides. */
    public final class ProcStarter {
        protected List<String> commands;
        protected boolean[] masks;
        private boolean quiet;
        protected FilePath pwd;
        protected OutputStream stdout = OutputStream.nullOutputStream();
        protected String[] envs;

        public ProcStarter cmds(String... args) {
            return cmds(Arrays.asList(args));
        }

        public ProcStarter cmds(List<String> args) {
            commands = new ArrayList<>(args);
            return this;
        }

        public List<String> cmds() {
            return commands;
        }

        public ProcStarter masks(boolean... masks) {
            this.masks = masks;
            return this;
        }

        public boolean[] masks() {
            return masks;
        }

        /** True: the launcher does not print the command line. */
        public ProcStarter quiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        public boolean quiet() {
            return quiet;
        }

        public ProcStarter pwd(FilePath workDir) {
            this.pwd = workDir;
            return this;
        }

        public FilePath pwd() {
            return pwd;
        }

        /** Where stdout (and stderr, merged into it) goes; null discards it. */
        public ProcStarter stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        public OutputStream stdout() {
            return stdout;
        }

        /** Variables set on top of the environment of the process that starts it ({@code NAME+X} prepends to NAME). */
        public ProcStarter envs(Map<String, String> overrides) {
            this.envs = overrides.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            return this;
        }

        public String[] envs() {
            return envs != null ? envs.clone() : new String[0];
        }

        public Proc start() throws IOException {
            return launch(this);
        }
    }

    /** The launcher of the node this JVM runs on: starts the process here. */
    public static class LocalLauncher extends Launcher {
        public LocalLauncher(TaskListener listener) {
            this(listener, FilePath.localChannel);
        }

        public LocalLauncher(TaskListener listener, VirtualChannel channel) {
            super(listener, channel);
        }

        /**
         * As Jenkins': prints the command line unless quiet, puts the overrides on this JVM's environment,
         * expands variables in the command line, merges stderr into stdout.
         */
        @Override
        public Proc launch(ProcStarter ps) throws IOException {
            if (!ps.quiet) {
                maskedPrintCommandLine(ps.commands, ps.masks, ps.pwd);
            }
            EnvVars overrides = new EnvVars();
            for (String e : ps.envs()) {
                int index = e.indexOf('=');
                overrides.put(e.substring(0, index), e.substring(index + 1));
            }
            EnvVars jobEnv = new EnvVars(EnvVars.masterEnvVars).overrideExpandingAll(overrides);
            String[] jobCmd = ps.commands.stream().map(jobEnv::expand).toArray(String[]::new);
            String[] env = jobEnv.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
            return new Proc.LocalProc(jobCmd, env, null, ps.stdout, null,
                    ps.pwd == null ? null : new File(ps.pwd.getRemote()));
        }
    }
}
