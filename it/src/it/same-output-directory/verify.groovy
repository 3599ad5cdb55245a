// Two executions writing one output directory in one build: the second is refused, the first's data stays.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
assert log =~ /Output directory .*synthetic-customers is already written by execution 'default' of io\.github\.syntheticcustomers\.it:same-output-directory in this build/
assert log.contains("Give execution 'second' of io.github.syntheticcustomers.it:same-output-directory its own outputDirectory")
def out = new File(basedir, 'target/synthetic-customers')
assert checks.readManifest(out).seed == 42
checks.assertManifestMatches(out)
checks.assertNoTemporaryFiles(out)
