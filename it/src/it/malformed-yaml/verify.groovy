// A YAML syntax error fails the build with the file, line and column, and leaves no file behind.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
['src/test/synthetic/personas.yaml:4:12: malformed file: ', 'allowed: well-formed YAML or JSON', 'generate (default) on project malformed-yaml'].each { expected -> assert log.contains(expected) : "build.log lacks: ${expected}" }
def out = new File(basedir, 'target/synthetic-customers')
assert !new File(out, 'customers.json').exists() && !new File(out, 'manifest.json').exists()
checks.assertNoTemporaryFiles(new File(basedir, 'target'))
