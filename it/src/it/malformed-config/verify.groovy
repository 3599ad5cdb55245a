// The build fails for the stated reason and leaves no file behind.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
['src/test/synthetic/personas.yaml:2:1: personas: persona shares sum to 98.0%, 2.0 short of 100% (was: 98.0; allowed: shares that sum to exactly 100)'].each { expected -> assert log.contains(expected) : "build.log lacks: ${expected}" }
def out = new File(basedir, 'target/synthetic-customers')
assert !new File(out, 'customers.json').exists() && !new File(out, 'manifest.json').exists()
checks.assertNoTemporaryFiles(new File(basedir, 'target'))
