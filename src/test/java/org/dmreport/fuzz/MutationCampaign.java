package org.dmreport.fuzz;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mutation campaign of {@code bin/fuzz batches}: batches of 100 files mutated from the samples
 * and the real published outputs (byte flips, truncations, swapped types, huge and odd numbers,
 * lone surrogates, odd timestamps in folder names, encodings, gzip variants), each run through
 * {@code bin/dmreport status}, {@code check -f json} and {@code report} in the default and
 * {@code --lenient} modes, as users run it. A run passes when it ends in exit 0, 1 or 3 without an
 * internal error, within 120 s and 512 MiB of peak RSS, and {@code check -f json} wrote valid JSON.
 * Seeded: {@code MutationCampaign BATCHES [SEED]} makes the same batches every time.
 */
public final class MutationCampaign {

    private static final int FILES = 100;
    private static final long MAX_KIB = 512 * 1024;
    private static final double MAX_SECONDS = 120;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MutationCampaign() {}

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 18;
        List<byte[]> bases = bases();
        Path work = Files.createTempDirectory("dmreport-campaign");
        int runs = 0;
        List<String> failures = new ArrayList<>();
        long worstKib = 0;
        double worstSeconds = 0;
        for (int b = 0; b < batches; b++) {
            Random random = new Random(seed * 1_000_003L + b);
            Path batch = work.resolve("batch-" + b);
            write(batch, bases, random);
            for (String mode : List.of("--default", "--lenient")) {
                for (String command : List.of("status", "check", "report")) {
                    List<String> line =
                            new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %e", "bin/dmreport", command));
                    switch (command) {
                        case "check" -> line.addAll(List.of("-f", "json", "--fail-on", "never"));
                        case "report" ->
                            line.addAll(List.of("-o", work.resolve("out-" + b).toString()));
                        default -> {}
                    }
                    if (mode.equals("--lenient")) {
                        line.add(mode);
                    }
                    line.add(batch.toString());
                    Process process = new ProcessBuilder(line)
                            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                            .start();
                    byte[] out = process.getInputStream().readAllBytes();
                    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                    int code = process.waitFor();
                    String[] measured = err.strip()
                            .substring(err.strip().lastIndexOf('\n') + 1)
                            .split(" ");
                    long kib = Long.parseLong(measured[0]);
                    double seconds = Double.parseDouble(measured[1]);
                    worstKib = Math.max(worstKib, kib);
                    worstSeconds = Math.max(worstSeconds, seconds);
                    runs++;
                    String what = "batch " + b + " " + command + " " + mode;
                    if (code != 0 && code != 1 && code != 3) {
                        failures.add(what + ": exit " + code + ": " + lastLines(err));
                    } else if (err.lines().anyMatch(l -> l.startsWith("dmreport: internal error"))) {
                        failures.add(what + ": " + lastLines(err));
                    } else if (kib > MAX_KIB || seconds > MAX_SECONDS) {
                        failures.add(what + ": " + kib / 1024 + " MiB, " + seconds + " s");
                    } else if (command.equals("check")) {
                        try {
                            JSON.readTree(out);
                        } catch (RuntimeException e) {
                            failures.add(what + ": check -f json is not JSON: " + e.getMessage());
                        }
                    }
                }
            }
            System.out.printf(
                    "batch %d: %d runs so far, %d failed; worst %d MiB, %.1f s%n",
                    b, runs, failures.size(), worstKib / 1024, worstSeconds);
            FuzzedInputs.delete(batch);
        }
        FuzzedInputs.delete(work);
        failures.forEach(System.out::println);
        System.out.printf(
                "%d runs of %d files, %d failed; peak RSS at most %d MiB, longest %.1f s%n",
                runs, FILES, failures.size(), worstKib / 1024, worstSeconds);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static String lastLines(String err) {
        List<String> lines = err.lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static List<byte[]> bases() throws IOException {
        List<byte[]> bases = new ArrayList<>();
        for (Path root : List.of(
                Path.of("samples/captures"),
                Path.of(System.getProperty("dmreport.shared", "../shared")).resolve("corpora/dm-real-outputs"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    bases.add(Files.readAllBytes(file));
                }
            }
        }
        return bases;
    }

    /** A batch of {@link #FILES} mutated files in capture folders, some with odd names. */
    private static void write(Path batch, List<byte[]> bases, Random random) throws IOException {
        for (int f = 0; f < FILES; f++) {
            String folder = switch (random.nextInt(12)) {
                case 0 -> "9999-12-31T23-59-59Z";
                case 1 -> "1970-01-01T00-00-00Z";
                case 2 -> "2026-13-45T25-61-61Z";
                case 3 -> "capture-" + f;
                default -> String.format("2026-11-26T%02d-%02d-00Z", f / 60 % 24, f % 60);
            };
            byte[] text = mutate(bases.get(random.nextInt(bases.size())), random);
            Path dir = Files.createDirectories(batch.resolve(folder));
            String name = "query-status-" + f + ".json";
            switch (random.nextInt(10)) {
                case 0 -> Files.write(dir.resolve(name + ".gz"), FuzzedInputs.gzip(text));
                case 1 ->
                    Files.write(dir.resolve(name + ".gz"), Arrays.copyOf(FuzzedInputs.gzip(text), random.nextInt(64)));
                case 2 -> Files.write(dir.resolve(name + ".gz"), FuzzedInputs.gzip(FuzzedInputs.gzip(text)));
                case 3 -> Files.write(dir.resolve(name), utf16(text));
                default -> Files.write(dir.resolve(name), text);
            }
        }
    }

    /** One to four mutations of a document's text. */
    static byte[] mutate(byte[] base, Random random) {
        String text = new String(base, StandardCharsets.UTF_8);
        for (int m = random.nextInt(4) + 1; m > 0 && !text.isEmpty(); m--) {
            int at = random.nextInt(text.length());
            int value = text.indexOf(": ", at);
            text = switch (random.nextInt(9)) {
                case 0 -> flip(text, random);
                case 1 -> text.substring(0, at);
                case 2 -> value < 0 ? text : text.substring(0, value + 2) + swapped(random) + text.substring(value + 2);
                case 3 ->
                    value < 0 ? text : text.substring(0, value + 2) + number(random) + ", " + text.substring(value + 2);
                case 4 ->
                    value < 0
                            ? text
                            : text.substring(0, value + 2) + "\"a\\ud800b\\udc00\", " + text.substring(value + 2);
                case 5 -> "\ufeff" + text;
                case 6 -> text.substring(0, at) + "\u0000\u202e\u001b[31m" + text.substring(at);
                case 7 -> text.substring(0, at) + "/* pasted */ ... ," + text.substring(at);
                default -> text.replace("\n", "\r\n");
            };
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String flip(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int k = random.nextInt(8) + 1; k > 0; k--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String swapped(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "[], ";
            case 1 -> "{}, ";
            case 2 -> "null, ";
            case 3 -> "\"12\", ";
            default -> "true, ";
        };
    }

    private static String number(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "1e2147483648";
            case 1 -> "1e0000000000000000000000001";
            case 2 -> "-0.0e-999999";
            case 3 -> "9".repeat(990);
            case 4 -> "1" + "0".repeat(4224);
            default -> String.valueOf(random.nextLong()) + "." + Math.abs(random.nextLong());
        };
    }

    private static byte[] utf16(byte[] utf8) {
        byte[] text = new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[text.length + 2];
        withMark[0] = (byte) 0xff;
        withMark[1] = (byte) 0xfe;
        System.arraycopy(text, 0, withMark, 2, text.length);
        return withMark;
    }
}
