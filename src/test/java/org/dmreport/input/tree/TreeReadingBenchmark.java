package org.dmreport.input.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dmreport.bench.WarmBenchmark;
import org.dmreport.model.Origin;
import org.openjdk.jmh.annotations.Benchmark;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The two economies of building the tree, each against the plain code it saves, over the samples
 * (one day of captures, 141 files, about 520 KB):
 * <ul>
 *   <li>duplicate keys: the 128-bit filter by hash of {@code TreeReader}'s builder, a scan of the
 *       object's keys only when the filter has seen the hash, against a scan for every key (each
 *       object's keys as the reader pushes them);</li>
 *   <li>JSON pointers: {@link StringPool#child} and {@link StringPool#item}, which find the
 *       pointer of a member or item of a parent seen before, against building it as text every
 *       time, as the mapper asks for every value of every document.</li>
 * </ul>
 */
public class TreeReadingBenchmark extends WarmBenchmark {

    private final JsonFactory factory = JsonFactory.builder().build();
    /** Each object's keys in document order, as the parser gives them (interned). */
    private final List<String[]> objects = new ArrayList<>();
    /**
     * Every member and item of every document, in order: its parent's index in these lists (-1 for
     * a document's root), and its key, or null with its index in the array.
     */
    private final List<Integer> parents = new ArrayList<>();

    private final List<String> keys = new ArrayList<>();
    private final List<Integer> indexes = new ArrayList<>();

    public TreeReadingBenchmark() {
        try (Stream<Path> files = Files.walk(Path.of("samples/captures"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                record(Files.readString(f).toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the objects' keys and the members' and items' parents of one document. */
    private void record(char[] text) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            walk(parser, parser.nextToken(), -1, null, 0);
        }
    }

    private void walk(JsonParser parser, JsonToken token, int parent, String key, int index) {
        int self = parents.size();
        parents.add(parent);
        keys.add(key);
        indexes.add(index);
        if (token == JsonToken.START_OBJECT) {
            List<String> names = new ArrayList<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                names.add(name);
                walk(parser, parser.nextToken(), self, name, 0);
            }
            objects.add(names.toArray(String[]::new));
        } else if (token == JsonToken.START_ARRAY) {
            int k = 0;
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                walk(parser, item, self, null, k++);
            }
        }
    }

    /** The duplicates found (none in the samples), with the filter as the builder runs it. */
    @Benchmark
    public int duplicatesByFilter() {
        Members members = new Members();
        int duplicates = 0;
        for (String[] object : objects) {
            long seenLow = 0;
            long seenHigh = 0;
            for (String key : object) {
                int hash = key.hashCode();
                int slot = hash ^ (hash >>> 16);
                long bit = 1L << slot;
                boolean high = (slot & 64) != 0;
                int existing = -1;
                if (((high ? seenHigh : seenLow) & bit) != 0) {
                    existing = members.indexOf(key, 0);
                } else if (high) {
                    seenHigh |= bit;
                } else {
                    seenLow |= bit;
                }
                duplicates += existing >= 0 ? 1 : 0;
                members.push(key, null);
            }
            members.size = 0;
        }
        return duplicates;
    }

    /** The same with a scan of the object's keys for every key. */
    @Benchmark
    public int duplicatesByScan() {
        Members members = new Members();
        int duplicates = 0;
        for (String[] object : objects) {
            for (String key : object) {
                duplicates += members.indexOf(key, 0) >= 0 ? 1 : 0;
                members.push(key, null);
            }
            members.size = 0;
        }
        return duplicates;
    }

    @Benchmark
    public String[] pointersPooled() {
        return pointers(StringPool.local());
    }

    @Benchmark
    public String[] pointersBuilt() {
        return pointers(null);
    }

    /** The pointer of every member and item, from its parent's; through {@code pool} unless null. */
    public String[] pointers(StringPool pool) {
        String[] pointers = new String[parents.size()];
        for (int k = 0; k < pointers.length; k++) {
            int parent = parents.get(k);
            String key = keys.get(k);
            if (parent < 0) {
                pointers[k] = "";
            } else if (pool == null) {
                pointers[k] = pointers[parent] + "/" + (key == null ? indexes.get(k) : Origin.escape(key));
            } else {
                pointers[k] =
                        key == null ? pool.item(pointers[parent], indexes.get(k)) : pool.child(pointers[parent], key);
            }
        }
        return pointers;
    }

    /** How many distinct instances hold the pointers: what the model keeps with its origins. */
    public static int instances(String[] pointers) {
        Set<String> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(distinct, pointers);
        return distinct.size();
    }
}
