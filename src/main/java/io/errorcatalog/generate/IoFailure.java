package io.errorcatalog.generate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A failure to read or write a file, in words a user can act on. */
public final class IoFailure {

    private IoFailure() {}

    /**
     * {@code /proc/nope: no such file or directory}: the JDK's own message of a file system failure is often
     * the path alone, which says neither that it failed nor why.
     */
    public static String describe(IOException failure) {
        if (!(failure instanceof FileSystemException fileSystem) || fileSystem.getFile() == null) {
            return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        }
        String what = failure instanceof NoSuchFileException ? "no such file or directory"
                : failure instanceof AccessDeniedException ? "permission denied"
                : failure instanceof FileAlreadyExistsException ? "already exists"
                : failure instanceof NotDirectoryException ? "not a directory"
                : failure instanceof DirectoryNotEmptyException ? "a directory that is not empty"
                : fileSystem.getReason() == null ? failure.getClass().getSimpleName() : fileSystem.getReason();
        String reason = fileSystem.getReason() == null || what.equals(fileSystem.getReason()) ? ""
                : " (" + fileSystem.getReason() + ")";
        String other = fileSystem.getOtherFile() == null ? "" : " -> " + fileSystem.getOtherFile();
        return fileSystem.getFile() + other + ": " + what + reason;
    }
}
