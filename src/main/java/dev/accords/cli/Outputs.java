package dev.accords.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files so that an interrupted run never leaves a half-written file behind. */
final class Outputs {
    private Outputs() {}

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = createTemporary(target);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates an empty temporary file beside a target, to be renamed into place. It gets the
     * permissions any new file gets (the process's umask), as the target would: a temporary file of
     * {@link Files#createTempFile} is readable by its owner alone, and kept that way by the rename.
     *
     * @param target the file to be written
     * @return the temporary file, ".name.NNN.tmp" in the target's directory
     * @throws IOException if it cannot be created
     */
    static Path createTemporary(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        for (int attempt = 0; ; attempt++) {
            long n = java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
            try {
                return Files.createFile(dir.resolve("." + target.getFileName() + "." + n + ".tmp"));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Renames a finished temporary file into place, atomically where the file system can. */
    static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
