package dev.accords.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, where a progress line makes sense. */
final class Terminal {
    private Terminal() {}

    static boolean stderr() {
        // Linux: file descriptor 2 links to /dev/pts/N or /dev/ttyN when it is a terminal.
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        // Elsewhere: the JVM's console exists only when stdin and stdout are terminals, a fair proxy.
        return System.console() != null;
    }
}
