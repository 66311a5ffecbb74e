import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hostile inputs bin/benchmark hostile measures: under DIR/set/2026-11-26T00-00-00Z/
 * 200,000-deep nesting, a 64 MiB string, a 5 MB number, 1 MiB of random bytes, 8 MiB of NULs, a
 * 1 MB gzip bomb (1 GB of zeros) and a symbolic link back to the folder; under DIR/near-limit/
 * inputs just under --max-input-size that take the slow path: a 60 MiB string, a 60 MB UTF-16
 * file and a 50 MB pasted file with CRLF line endings.
 *
 * <p>java src/bench/Hostile.java DIR SAMPLE.json
 */
public final class Hostile {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        String sample = Files.readString(Path.of(args[1]));
        Path set = Files.createDirectories(root.resolve("set/2026-11-26T00-00-00Z"));
        Files.writeString(set.resolve("deep.json"), "[".repeat(200_000) + "]".repeat(200_000));
        Files.writeString(
                set.resolve("string.json"),
                "{\"result\": true, \"msg\": \"" + "a".repeat(64 << 20) + "\", \"sources\": []}");
        Files.writeString(
                set.resolve("number.json"), "{\"result\": true, \"msg\": \"\", \"n\": " + "7".repeat(5 << 20) + "}");
        byte[] random = new byte[1 << 20];
        new Random(1).nextBytes(random);
        Files.write(set.resolve("random.json"), random);
        Files.write(set.resolve("nuls.json"), new byte[8 << 20]);
        try (OutputStream bomb = new GZIPOutputStream(Files.newOutputStream(set.resolve("bomb.json.gz")))) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) '0');
            for (int k = 0; k < 1000; k++) {
                bomb.write(zeros);
            }
        }
        Files.createSymbolicLink(set.resolve("loop"), Path.of(".."));
        Path near = Files.createDirectories(root.resolve("near-limit/2026-11-26T00-00-00Z"));
        Files.writeString(
                near.resolve("string60.json"),
                "{\"result\": true, \"msg\": \"" + "a".repeat(60 << 20) + "\", \"sources\": []}");
        String padded = sample.strip();
        padded = padded.substring(0, padded.length() - 1) + ", \"pad\": \"" + "x".repeat(30 << 20) + "\"}";
        Files.write(near.resolve("utf16.json"), ("\ufeff" + padded).getBytes(StandardCharsets.UTF_16BE));
        String pasted = "$ dmctl query-status\n" + sample.strip();
        pasted = pasted.substring(0, pasted.length() - 1) + ", \"pad\": \"" + "y".repeat(50 << 20) + "\"}\n";
        Files.writeString(near.resolve("crlf-pasted.txt"), pasted.replace("\n", "\r\n"));
    }
}
