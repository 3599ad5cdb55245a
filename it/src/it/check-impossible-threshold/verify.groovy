// quality.min_step_completion_rate: 100 cannot hold: check fails the build with every failed check,
// its measured values and thresholds, and still writes quality.json.
import groovy.json.JsonSlurper
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal [^ ]+:check \(default\) on project check-impossible-threshold: Synthetic customers in .* fail the quality checks \(see .*quality\.json\): 1 of \d+ quality checks failed:/
assert log.contains('  - journey_completion: ')
// value and threshold of the failed measurements
assert log =~ /completion_rate\.risk_assessment = \d+(\.\d+)?% \(allowed >= 100%\)/
assert log =~ /completion_rate\.initial_discovery = \d+(\.\d+)?% \(allowed >= 100%\)/
assert log.contains('Set failOnViolation to false (property synthetic.failOnViolation) to only warn')
// only the impossible threshold fails: the dataset itself is intact and was checked with its configuration
assert !log.contains('  - dataset_integrity: ')
def quality = new JsonSlurper().parse(new File(out, 'quality.json'), 'UTF-8')
assert quality.passed == false && quality.failed_checks == 1
def failed = quality.checks.find { it.name == 'journey_completion' }
assert failed.status == 'fail'
assert quality.checks.find { it.name == 'dataset_integrity' }.status == 'pass'
checks.assertNoTemporaryFiles(out)
