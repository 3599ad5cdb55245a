// Default project: generate then check in verify; every check passes and quality.json says so.
import groovy.json.JsonSlurper
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def log = checks.log(basedir)
assert log.contains('BUILD SUCCESS')
// whether this short run logs progress lines depends on how fast the machine is, so nothing is asserted about them
// here: progress-long-run proves their format with progressAfter=0, ProgressLogTest their pacing on a fixed clock
assert log =~ /synthetic-customers(?:-maven-plugin)?:[^:]+:check \(default\) @ check-default/
assert log =~ /All (\d+) quality checks passed \(0 skipped\)\. Wrote .*synthetic-customers.quality\.json/
def quality = new JsonSlurper().parse(new File(out, 'quality.json'), 'UTF-8')
assert quality.passed == true && quality.failed_checks == 0 && quality.customers == 500 && quality.seed == 42
assert quality.checks*.name.containsAll(['dataset_integrity', 'persona_distribution', 'journey_completion'])
assert quality.checks.every { it.status == 'pass' }
// check reads, it does not regenerate: the dataset still matches its manifest
checks.assertManifestMatches(out)
checks.assertNoTemporaryFiles(out)
// second build: up to date, checked again; the test classes hold the dataset, not the check's output
assert log.contains('are up to date')
assert (log =~ /All \d+ quality checks passed/).count == 2
assert new File(basedir, 'target/test-classes/customers.json').isFile()
assert !new File(basedir, 'target/test-classes/quality.json').exists()
