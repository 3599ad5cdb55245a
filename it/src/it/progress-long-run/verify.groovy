// A run logs progress lines in Maven's log: records, bytes, rate and time left, at most every 5 s; the final summary
// follows. progressAfter=0 (no quiet period) makes the lines independent of the machine's speed: a run of more than one
// chunk logs at least its first chunk's line. (The 5 s of quiet and the pacing are ProgressLogTest's, on a fixed clock.)
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD SUCCESS')
def progress = log.readLines().findAll { it =~ /Generated \d+ of 5000 customers/ }
assert !progress.isEmpty() : 'no progress line with progressAfter=0'
progress.each { line ->
    assert line =~ /^\[INFO\] Generated \d+ of 5000 customers \(\d+ %\), [\d.]+ [kMGT]?B, \d+ customers\/s, (about \d+ (s|min \d+ s) left|time left unknown)$/ : line
}
def done = progress.collect { (it =~ /Generated (\d+) of/)[0][1] as long }
assert done == done.sort(false) && done.unique(false).size() == done.size() : "progress goes forward: ${done}"
assert log =~ /Generated customers\.jsonl=5000 \(seed 42\)/
def out = new File(basedir, 'target/synthetic-customers')
// the data, the manifest and the JSON Schemas of what the directory holds (no schema of a part left out)
assert out.list().findAll { !it.startsWith('.') }.sort() == (['customers.jsonl', 'manifest.json'] +
        ['analysis.schema.json', 'customers.schema.json', 'manifest.schema.json', 'quality.schema.json']).sort()
true
