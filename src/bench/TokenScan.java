import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The benchmark's parse floor: reads every *.json file under a folder, in sorted order, on one
 * thread, and pulls every token through Jackson's streaming parser, doing nothing with them.
 * bin/benchmark compiles it once and times the run alone. By hand, with the jar on the class path
 * (the source launcher then compiles it at each run): java -cp target/dmreport.jar src/bench/TokenScan.java DIR
 */
public final class TokenScan {

    private TokenScan() {}

    public static void main(String[] args) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        long tokens = 0;
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), content)) {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    tokens++;
                }
            }
        }
        System.out.println(files.size() + " files, " + bytes + " bytes, " + tokens + " tokens");
    }
}
