// A run whose writing fails leaves the previous complete dataset untouched and no temporary file of its own.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log =~ /Generated customers\.json=30\b.* \(seed 42\)/
assert log.contains('BUILD FAILURE')
assert log =~ /generate \(default\) on project failure-keeps-previous: cannot prepare the dataset directory .*synthetic-customers/
def out = new File(basedir, 'target/synthetic-customers')
def manifest = checks.readManifest(out)
assert manifest.seed == 42
checks.assertManifestMatches(out)
assert checks.readJson(new File(out, 'customers.json')).size() == 30
def temps = out.listFiles().findAll { it.name.endsWith('.tmp') }*.name
assert temps == ['.scenarios.json.tmp'] : "only the blocking directory may remain, found ${temps}"
