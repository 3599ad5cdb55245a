// The shard parameter reaches the generator: records 10:30 of a dataset of 50, with those records' ids and a
// manifest that says which records it holds and of which dataset.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def manifest = checks.readManifest(out)
assert manifest.count == 50
assert manifest.shard.from == 10 && manifest.shard.to == 30
assert manifest.shard.dataset_fingerprint ==~ /[0-9a-f]{64}/ && manifest.shard.dataset_fingerprint != manifest.fingerprint
assert manifest.files.find { it.file == 'customers.jsonl' }.records == 20
checks.assertManifestMatches(out)
def ids = new File(out, 'customers.jsonl').readLines('UTF-8').collect { new groovy.json.JsonSlurper().parseText(it).id }
assert ids == (11..30).collect { String.format('cus-%06d', it) }
assert checks.log(basedir) =~ /Generated customers\.jsonl=20, .* \(seed 42, records 10:30 of 50\) in /
