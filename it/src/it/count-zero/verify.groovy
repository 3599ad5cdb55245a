// The build fails for the stated reason and leaves no file behind.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
['Invalid parameter count (property synthetic.count): must be at least 1 (was: 0; allowed: a whole number from 1 to 1000000000000000000)'].each { expected -> assert log.contains(expected) : "build.log lacks: ${expected}" }
def out = new File(basedir, 'target/synthetic-customers')
assert !new File(out, 'customers.json').exists() && !new File(out, 'manifest.json').exists()
checks.assertNoTemporaryFiles(new File(basedir, 'target'))
