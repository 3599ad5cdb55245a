// User properties and pom configuration reach the generator: seed, count, formats, output directory, reference date.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/custom-data')
assert !new File(basedir, 'target/synthetic-customers').exists()
def manifest = checks.readManifest(out)
assert manifest.seed == 7 && manifest.count == 40 && manifest.reference_date == '2025-06-30'
assert manifest.formats == ['csv', 'json', 'jsonl']
assert manifest.files.findAll { it.part == 'customers' }*.file.sort() == ['customers.csv', 'customers.json', 'customers.jsonl']
manifest.files.findAll { it.part == 'customers' }.each { assert it.records == 40 }
assert manifest.files.every { it.format in ['json', 'jsonl', 'csv'] }
checks.assertManifestMatches(out)

def json = checks.readJson(new File(out, 'customers.json'))
assert json.size() == 40
checks.assertSafe(json)
def lines = new File(out, 'customers.jsonl').readLines('UTF-8')
assert lines.size() == 40
assert lines.collect { new groovy.json.JsonSlurper().parseText(it) } == json
def csv = new File(out, 'customers.csv').readLines('UTF-8')
assert csv.size() == 41 && csv[0].startsWith('id,')
// dates anchored to the reference date, not the clock: nobody's latest life event lies after it
json.each { c -> c.life_events.each { e -> assert e.date <= '2025-06-30' } }
assert checks.log(basedir) =~ /Generated customers\.json=40, customers\.jsonl=40, customers\.csv=40(, [a-z.-]+=\d+)* \(seed 7\)/
checks.assertNoTemporaryFiles(out)
