package dev.ste4j.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * File-system failures in plain words: {@code NoSuchFileException: /x} becomes {@code no such file: /x}. The JDK's
 * exceptions carry the path and, sometimes, the operating system's reason; the class name is of no use to a user.
 */
final class PathErrors {

  private PathErrors() {}

  /** The plain message for {@code e} (or the file-system exception it wraps), or null when it is not one. */
  static String describe(Throwable e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (!(t instanceof FileSystemException f)) {
      return null;
    }
    String what;
    if (f instanceof NoSuchFileException) {
      what = "no such file";
    } else if (f instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (f instanceof FileAlreadyExistsException) {
      what = "already exists";
    } else if (f instanceof NotDirectoryException) {
      what = "not a folder";
    } else if (f instanceof DirectoryNotEmptyException) {
      what = "folder not empty";
    } else if (f instanceof FileSystemLoopException) {
      what = "symbolic links form a loop";
    } else {
      what = "cannot use the file";
    }
    StringBuilder sb = new StringBuilder(what).append(": ").append(f.getFile() == null ? "(unnamed)" : f.getFile());
    if (f.getOtherFile() != null) {
      sb.append(" -> ").append(f.getOtherFile());
    }
    // The subclasses above are their own reason; a plain FileSystemException only says what went wrong in it.
    if (f.getReason() != null && !f.getReason().isBlank() && f.getClass() == FileSystemException.class) {
      sb.append(" (").append(f.getReason().strip()).append(')');
    }
    return sb.toString();
  }
}
