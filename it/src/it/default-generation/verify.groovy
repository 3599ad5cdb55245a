// Defaults: 500 customers, seed 42, json only, the exact counts of the guide: guarantees.md, safe data, added as a test resource.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def customers = checks.readJson(new File(out, 'customers.json'))
checks.assertDefaultDistribution(customers)
checks.assertSafe(customers)
checks.assertManifestMatches(out)
def manifest = checks.readManifest(out)
assert manifest.seed == 42 && manifest.count == 500 && manifest.reference_date == '2026-01-01'
assert manifest.formats == ['json']
// json only, one file per dataset part (customers, scenarios, ...), the manifest
// besides the directory's empty lock file, which is not a test resource
def visible = out.list().findAll { !it.startsWith('.') }
assert out.list().toList().sort() == (visible + '.synthetic-customers.lock').sort()
assert visible.every { it.endsWith('.json') }
assert manifest.files*.file.every { it.endsWith('.json') } && 'customers.json' in manifest.files*.file
// and the JSON Schemas of the JSON files, written beside every dataset
assert visible.sort() == (manifest.files*.file + 'manifest.json' +
        ['analysis.schema.json', 'customers.schema.json', 'engagement-steps.schema.json', 'manifest.schema.json', 'quality.schema.json', 'scenarios.schema.json']).sort()
// the output directory is a test resource: process-test-resources copied it to the test classpath
assert new File(basedir, 'target/test-classes/customers.json').bytes == new File(out, 'customers.json').bytes
assert !new File(basedir, 'target/test-classes/.synthetic-customers.lock').exists() : 'the lock is not a test resource'
def log = checks.log(basedir)
assert log =~ /Generated customers\.json=500(, [a-z-]+\.json=\d+)* \(seed 42\) in .*synthetic-customers in \d+ ms/
checks.assertNoTemporaryFiles(out)
