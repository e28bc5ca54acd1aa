package app.azmoon.store.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every call by which the progress store changes what is on disk: writes, forces, truncations and
 * renames. The real one passes each straight to the file system; a test wraps it to fail the N-th
 * call and checks that the log and snapshot survive a failure at every step.
 */
interface Disk {
  Disk REAL = new Disk() {};

  /** Writes at the channel's position (an append, on a channel opened for appending). */
  default int write(FileChannel channel, ByteBuffer bytes) throws IOException {
    return channel.write(bytes);
  }

  default int write(FileChannel channel, ByteBuffer bytes, long at) throws IOException {
    return channel.write(bytes, at);
  }

  default void force(FileChannel channel) throws IOException {
    channel.force(true);
  }

  default void truncate(FileChannel channel, long size) throws IOException {
    channel.truncate(size);
  }

  /** Renames over {@code to} atomically where the file system can. */
  default void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes all of {@code bytes} at {@code position}. */
  default void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
    long at = position;
    while (bytes.hasRemaining()) {
      at += write(channel, bytes, at);
    }
  }

  /** Writes all of {@code bytes} at the channel's position. */
  default void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      write(channel, bytes);
    }
  }
}
