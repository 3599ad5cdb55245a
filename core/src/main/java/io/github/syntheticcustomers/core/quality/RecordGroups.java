package io.github.syntheticcustomers.core.quality;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import io.github.syntheticcustomers.core.engage.EngagementStep;
import io.github.syntheticcustomers.core.internal.JsonMappers;
import io.github.syntheticcustomers.core.internal.JsonProblem;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import io.github.syntheticcustomers.core.model.EngagementEvent;
import io.github.syntheticcustomers.core.model.TestScenario;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A dataset as {@link RecordGroup}s in index order: from memory, or streamed from its files, each read once, one
 * record of each part at a time (the files are in index order, and a customer's engagement steps follow one
 * another), so reading takes constant memory whatever the count.
 */
final class RecordGroups {

    private RecordGroups() {
    }

    /**
     * The groups of a dataset held in memory: customer {@code i} with scenario {@code i}, and the steps whose
     * {@code customerId} is the group's customer, and so the events (null when the dataset holds none); steps and
     * events of no group's customer come last, grouped by customer.
     */
    static Iterator<RecordGroup> of(LoadedDataset dataset) {
        List<CustomerProfile> customers = dataset.customers();
        List<TestScenario> scenarios = dataset.scenarios();
        Map<String, List<EngagementStep>> steps = new LinkedHashMap<>();
        for (EngagementStep s : dataset.engagementSteps()) {
            steps.computeIfAbsent(s.customerId(), k -> new ArrayList<>()).add(s);
        }
        boolean hasEvents = !dataset.events().isEmpty();
        Map<String, List<EngagementEvent>> events = new LinkedHashMap<>();
        for (EngagementEvent e : dataset.events()) {
            events.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e);
        }
        List<RecordGroup> groups = new ArrayList<>();
        int n = Math.max(customers.size(), scenarios.size());
        for (int i = 0; i < n; i++) {
            CustomerProfile c = i < customers.size() ? customers.get(i) : null;
            TestScenario s = i < scenarios.size() ? scenarios.get(i) : null;
            String id = c != null ? c.id() : s.customerId();
            List<EngagementStep> own = steps.remove(id);
            List<EngagementEvent> timeline = events.remove(id);
            groups.add(new RecordGroup(i, c, s, own, hasEvents && timeline == null ? List.of() : timeline));
        }
        long index = n;
        for (Map.Entry<String, List<EngagementStep>> orphans : steps.entrySet()) {
            groups.add(new RecordGroup(index++, null, null, orphans.getValue(), events.remove(orphans.getKey())));
        }
        for (List<EngagementEvent> orphans : events.values()) {
            groups.add(new RecordGroup(index++, null, null, List.of(), orphans));
        }
        return groups.iterator();
    }

    /**
     * Streams the dataset in {@code directory}: each part from its {@code .json} file, else its {@code .jsonl}
     * file. Close it when done; {@link Stream#files} tells what each listed file held once the stream is read to
     * its end.
     *
     * @throws UncheckedIOException when no part can be read
     */
    static Stream open(Path directory) {
        return new Stream(directory, DatasetFiles.of(directory));
    }

    /** The groups of a dataset on disk, read as they are needed. */
    static final class Stream implements Iterator<RecordGroup>, Closeable {

        private final Path directory;
        private final Manifest manifest;
        private final Part<CustomerProfile> customers;
        private final Part<TestScenario> scenarios;
        private final Part<EngagementStep> steps;
        private final Part<EngagementEvent> events;
        private long index;

        private Stream(Path directory, DatasetFiles files) {
            this.directory = directory;
            this.manifest = files.manifest();
            this.customers = files.customers() == null ? null : new Part<>(files.customers(), CustomerProfile.class,
                    "customer");
            this.scenarios = files.scenarios() == null ? null : new Part<>(files.scenarios(), TestScenario.class,
                    "scenario");
            this.steps = files.steps() == null ? null : new Part<>(files.steps(), EngagementStep.class,
                    "engagement step");
            this.events = files.events() == null ? null : new Part<>(files.events(), EngagementEvent.class, "event");
        }

        /** The manifest, null when absent. */
        Manifest manifest() {
            return manifest;
        }

        boolean hasCustomers() {
            return customers != null;
        }

        boolean hasScenarios() {
            return scenarios != null;
        }

        boolean hasSteps() {
            return steps != null;
        }

        boolean hasEvents() {
            return events != null;
        }

        @Override
        public boolean hasNext() {
            return (customers != null && customers.hasNext()) || (scenarios != null && scenarios.hasNext())
                    || (steps != null && steps.hasNext()) || (events != null && events.hasNext());
        }

        @Override
        public RecordGroup next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CustomerProfile c = customers != null && customers.hasNext() ? customers.next() : null;
            TestScenario s = scenarios != null && scenarios.hasNext() ? scenarios.next() : null;
            String id = c != null ? c.id() : s != null ? s.customerId()
                    : steps != null && steps.hasNext() ? steps.peek().customerId() : events.peek().customerId();
            List<EngagementStep> own = new ArrayList<>();
            while (steps != null && steps.hasNext() && id != null && id.equals(steps.peek().customerId())) {
                own.add(steps.next());
            }
            // the event file is in customer order too: this customer's events follow one another
            List<EngagementEvent> timeline = events == null ? null : new ArrayList<>();
            while (events != null && events.hasNext() && id != null && id.equals(events.peek().customerId())) {
                timeline.add(events.next());
            }
            return new RecordGroup(index++, c, s, own, timeline);
        }

        /**
         * What each file the manifest lists held: the parsed files' size and SHA-256 as read (drained to their end),
         * the others read once for their digest. Call after the last group.
         */
        List<LoadedDataset.ObservedFile> files() {
            List<LoadedDataset.ObservedFile> observed = new ArrayList<>();
            if (manifest == null) {
                return observed;
            }
            for (Manifest.FileEntry entry : manifest.files()) {
                Part<?> read = partReading(entry.file());
                observed.add(read != null ? read.observed(entry.file()) : LoadedDataset.observe(directory, entry.file()));
            }
            return observed;
        }

        /**
         * Where and how each file read stopped parsing, in part order (customers, scenarios, engagement steps, events); empty
         * when every record parsed. Complete once {@link #hasNext()} returned false.
         */
        List<String> damage() {
            List<String> damage = new ArrayList<>();
            for (Part<?> p : new Part<?>[] {customers, scenarios, steps, events}) {
                if (p != null && p.damage() != null) {
                    damage.add(p.damage());
                }
            }
            return damage;
        }

        private Part<?> partReading(String file) {
            for (Part<?> p : new Part<?>[] {customers, scenarios, steps, events}) {
                if (p != null && p.file.getFileName().toString().equals(file)) {
                    return p;
                }
            }
            return null;
        }

        @Override
        public void close() {
            for (Part<?> p : new Part<?>[] {customers, scenarios, steps, events}) {
                if (p != null) {
                    p.close();
                }
            }
        }
    }

    /**
     * One part's file, parsed record by record while its bytes are counted and digested. A file that stops parsing
     * (truncated, emptied, edited into something that is not a record) ends there: the records before the damage
     * are read, and {@link #damage} says where and what in words a user can act on, for the integrity check.
     */
    private static final class Part<T> implements Closeable {
        private final Path file;
        private final String name;
        private final String noun;
        private final boolean array;
        private final DigestInputStream digest;
        private final CountingStream counting;
        private final JsonParser parser;
        private MappingIterator<T> records;
        private T peeked;
        private long read;
        private String damage;

        Part(Path file, Class<T> type, String noun) {
            this.file = file;
            this.name = file.getFileName().toString();
            this.noun = noun;
            this.array = name.toLowerCase(Locale.ROOT).endsWith(".json");
            try {
                this.counting = new CountingStream(Files.newInputStream(file, StandardOpenOption.READ,
                        LinkOption.NOFOLLOW_LINKS));
                this.digest = new DigestInputStream(counting, LoadedDataset.sha256());
                this.parser = JsonMappers.data().getFactory().createParser(new BufferedInputStream(digest, 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            // the file stays open at its end, so that observed() can drain and digest every byte
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            try {
                if (!array || startArray()) {
                    this.records = JsonMappers.data().readerFor(type).readValues(parser);
                }
            } catch (JsonProcessingException e) {
                damaged(e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** Steps into the {@code .json} file's array; false (and the damage noted) when it has none. */
        private boolean startArray() throws IOException {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (JsonProcessingException e) {
                damage = JsonProblem.describe(name, e, parser.currentLocation(), 1, noun);
                return false;
            }
            if (first != JsonToken.START_ARRAY) {
                damage = JsonProblem.at(name, parser.currentLocation()) + (first == null
                        ? ": the file is empty; a JSON array of " + noun + " records was expected; it is truncated"
                        : ": the file does not start with a JSON array ([) of " + noun + " records");
                return false;
            }
            try {
                parser.nextToken();
            } catch (JsonProcessingException e) {
                damage = JsonProblem.describe(name, e, parser.currentLocation(), 1, noun);
                return false;
            }
            return true;
        }

        private void damaged(JsonProcessingException e) {
            damage = JsonProblem.describe(name, e, parser == null ? null : parser.currentLocation(), read + 1, noun);
        }

        /** Where and how the file stopped parsing, or null when every record parsed. */
        String damage() {
            return damage;
        }

        boolean hasNext() {
            if (peeked != null) {
                return true;
            }
            if (records == null || damage != null) {
                return false;
            }
            try {
                if (records.hasNextValue()) {
                    peeked = records.nextValue();
                    read++;
                    return true;
                }
                if (array && parser.currentToken() != JsonToken.END_ARRAY) {
                    // a JSON array cut right after a record: every record parses, the closing bracket is gone
                    damage = JsonProblem.at(name, parser.currentLocation()) + ": the file ends after record " + read
                            + " without closing its array (]); it is truncated";
                }
                return false;
            } catch (JsonProcessingException e) {
                damaged(e);
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }

        T peek() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return peeked;
        }

        T next() {
            T record = peek();
            peeked = null;
            return record;
        }

        /** The file as read: drained to its end, so size and digest cover every byte. */
        LoadedDataset.ObservedFile observed(String name) {
            try {
                byte[] buffer = new byte[1 << 16];
                while (digest.read(buffer) > 0) {
                    // the parser may stop before trailing bytes (or at damage); they count too
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            return new LoadedDataset.ObservedFile(name, true, counting.count,
                    HexFormat.of().formatHex(digest.getMessageDigest().digest()));
        }

        @Override
        public void close() {
            try {
                if (records != null) {
                    records.close();
                }
                parser.close();
                digest.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
