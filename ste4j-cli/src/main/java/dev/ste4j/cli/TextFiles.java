package dev.ste4j.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a text input of a command (a config, a JSON-lines file) as UTF-8, with the two mistakes a user makes most
 * named in the message: a folder where a file was expected, and a file that is not UTF-8 text (with the first bad
 * byte and its offset, so it can be found with a hex viewer). A missing file is left to the caller
 * ({@link java.nio.file.NoSuchFileException}), whose message names the option.
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * The file's text.
   *
   * @param name how messages name the file, e.g. "config x.yaml" or "x.jsonl"
   * @param expected what was expected there, e.g. "a config file"
   * @throws UserError "NAME is a folder, expected …" or "NAME is not UTF-8 text (byte 0xNN at offset K)"
   */
  public static String readUtf8(Path file, String name, String expected) throws IOException {
    if (Files.isDirectory(file)) {
      throw new UserError(name + " is a folder, expected " + expected);
    }
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int offset = in.position();
      throw new UserError(name + " is not UTF-8 text (byte 0x"
          + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff) + " at offset " + offset + ")");
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
