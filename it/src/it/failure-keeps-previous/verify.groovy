// A run whose writing fails leaves the previous complete dataset untouched and no temporary file of its own.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log =~ /Generated customers\.json=30\b.* \(seed 42\)/
assert log.contains('BUILD FAILURE')
assert log =~ /generate \(default\) on project failure-keeps-previous: refused to write the dataset in .*synthetic-customers: scenarios\.jsonl is a directory/
def out = new File(basedir, 'target/synthetic-customers')
def manifest = checks.readManifest(out)
assert manifest.seed == 42
checks.assertManifestMatches(out)
assert checks.readJson(new File(out, 'customers.json')).size() == 30
def temps = out.listFiles().findAll { it.name.endsWith('.tmp') }*.name
assert temps == [] : "no temporary file may remain, found ${temps}"
assert new File(out, 'scenarios.jsonl/blocker.txt').isFile() : 'the directory in the way is left as it was'
assert !new File(out, 'customers.jsonl').exists() : 'nothing of the refused run was published'
