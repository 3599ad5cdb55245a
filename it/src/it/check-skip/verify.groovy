// With synthetic.skip generate, check and report each say so and do nothing.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD SUCCESS')
assert (log =~ /Skipping synthetic customers \(synthetic\.skip=true\)/).count == 3
assert !new File(basedir, 'target/synthetic-customers').exists()
