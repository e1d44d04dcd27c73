package org.govdoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the command line writes to: whether stdout and stderr are terminals, and whether colour is wanted
 * ({@code --color auto|never|always}; {@code auto} colours a terminal unless {@code NO_COLOR} is set or
 * {@code TERM=dumb}, see no-color.org).
 *
 * @param stdoutTerminal stdout is a terminal
 * @param stderrTerminal stderr is a terminal (progress lines are drawn only then)
 * @param color          colour and bold wanted on stdout
 */
public record Terminal(boolean stdoutTerminal, boolean stderrTerminal, boolean color) {

    /** The {@code --color} choices. */
    public enum ColorMode {
        AUTO, NEVER, ALWAYS;

        static ColorMode parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "auto" -> AUTO;
                case "never", "no", "none" -> NEVER;
                case "always", "yes", "force" -> ALWAYS;
                default -> throw new IllegalArgumentException("--color: expected auto, never or always, got '" + s + "'");
            };
        }
    }

    /** This process's terminal, with colour decided by the mode and the environment. */
    public static Terminal detect(ColorMode mode) {
        boolean out = isTerminal(1);
        return new Terminal(out, isTerminal(2), color(mode, out, System.getenv()));
    }

    /** Colour on stdout: never/always as asked; auto only on a terminal, without NO_COLOR (any value) and TERM=dumb. */
    static boolean color(ColorMode mode, boolean stdoutTerminal, Map<String, String> env) {
        return switch (mode) {
            case NEVER -> false;
            case ALWAYS -> true;
            case AUTO -> stdoutTerminal && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty())
                    && !"dumb".equals(env.get("TERM"));
        };
    }

    /**
     * True when the file descriptor (1 stdout, 2 stderr) is a terminal. Java 17 only says whether stdin and stdout
     * both are ({@code System.console()}); on Linux the descriptor's link names its device (/dev/pts/3, /dev/tty1).
     */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(link).toString());
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null; // no /proc: the JDK's answer (stdin and stdout)
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.startsWith("/dev/console");
    }
}
