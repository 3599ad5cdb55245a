// Without a project the goal writes the default dataset to ./target/synthetic-customers.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
assert !new File(basedir, 'pom.xml').exists()
def out = new File(basedir, 'target/synthetic-customers')
def customers = checks.readJson(new File(out, 'customers.json'))
checks.assertDefaultDistribution(customers)
checks.assertSafe(customers)
checks.assertManifestMatches(out)
assert checks.log(basedir) =~ /Generated customers\.json=500\b.* \(seed 42\)/

def small = checks.readJson(new File(basedir, 'small/customers.json'))
assert small.size() == 10
checks.assertManifestMatches(new File(basedir, 'small'))
assert !new File(basedir, '${project.basedir}').exists() && !new File(basedir, 'target/small').exists()

// check and report without a project: the same directories, resolved against the folder Maven runs in
assert new File(out, 'quality.json').isFile()
assert checks.log(basedir) =~ /All \d+ quality checks passed \(0 skipped\)\. Wrote .*target.synthetic-customers.quality\.json/
assert new File(basedir, 'small/report.html').isFile() && new File(basedir, 'small/analysis.json').isFile()
