// check without a dataset says what is missing and what to run first; it writes nothing.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
assert log =~ /No synthetic customer dataset in .*synthetic-customers: manifest\.json is missing( \(there is no such directory\))?\. Run the generate goal first/
assert !new File(basedir, 'target/synthetic-customers/quality.json').exists()
