package dev.albatross.adapter.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The segment files of one data directory, numbered from 1, and the channels reads go through. */
final class Segments implements AutoCloseable {
  private static final Pattern NAME = Pattern.compile("events-(\\d{8})\\.log");

  private final Path dir;
  private final Map<Integer, FileChannel> readers = new ConcurrentHashMap<>();

  Segments(Path dir) {
    this.dir = dir;
  }

  Path path(int segment) {
    return dir.resolve(String.format("events-%08d.log", segment));
  }

  private static final int SLICE = 256 << 10;

  /** The numbers of the segment files present, in order. */
  List<Integer> existing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> NAME.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .map(name -> Integer.parseInt(name.group(1)))
          .sorted()
          .toList();
    }
  }

  /** A new, empty segment, whose directory entry is on disk before anything is written to it. */
  FileChannel create(int segment) throws IOException {
    FileChannel channel = FileChannel.open(path(segment),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    }
    return channel;
  }

  FileChannel openForWriting(int segment) throws IOException {
    return FileChannel.open(path(segment), StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /** {@code length} bytes of a segment from {@code start}, in one positioned read where it can. */
  ByteBuffer read(int segment, long start, int length) throws IOException {
    FileChannel channel = reader(segment);
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (readSlice(channel, bytes, start + bytes.position()) < 0) {
        throw new IllegalStateException(path(segment).getFileName() + " ends before byte " + (start + length));
      }
    }
    return bytes.flip();
  }

  /**
   * At most {@link #SLICE} bytes of {@code channel} from {@code position} into {@code into}. The
   * JDK reads into a heap buffer through a temporary direct one of the same size, and keeps that
   * per thread for good: large reads on every worker thread held tens of MiB outside the heap.
   */
  static int readSlice(FileChannel channel, ByteBuffer into, long position) throws IOException {
    int limit = into.limit();
    into.limit(Math.min(limit, into.position() + SLICE));
    try {
      return channel.read(into, position);
    } finally {
      into.limit(limit);
    }
  }

  /** Writes all of {@code from} at {@code position}, a slice at a time, for the reason {@link #readSlice} gives. */
  static long writeAll(FileChannel channel, ByteBuffer from, long position) throws IOException {
    long written = 0;
    int limit = from.limit();
    try {
      while (from.position() < limit) {
        from.limit(Math.min(limit, from.position() + SLICE));
        written += channel.write(from, position + written);
      }
    } finally {
      from.limit(limit);
    }
    return written;
  }

  private FileChannel reader(int segment) {
    return readers.computeIfAbsent(segment, n -> {
      try {
        return FileChannel.open(path(n), StandardOpenOption.READ);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public void close() throws IOException {
    for (FileChannel channel : readers.values()) {
      channel.close();
    }
    readers.clear();
  }
}
