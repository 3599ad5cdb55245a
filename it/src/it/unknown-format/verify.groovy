// The build fails for the stated reason and leaves no file behind.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
['Invalid parameter formats (property synthetic.formats): unknown format (was: xml; allowed: json, jsonl, csv, fhir, fhir-bundle, relational'].each { expected -> assert log.contains(expected) : "build.log lacks: ${expected}" }
def out = new File(basedir, 'target/synthetic-customers')
assert !new File(out, 'customers.json').exists() && !new File(out, 'manifest.json').exists()
checks.assertNoTemporaryFiles(new File(basedir, 'target'))
