// The README's quickstart works as pasted, and -Dsynthetic.count overrides the count of its <properties>: the first
// build generated, checked and tested 500 customers, the second 120, with the test passing both times on the
// plugin's dataset and no warning about a shadowed property.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def checks = evaluate(new File(itLib, 'Checks.groovy'))
def target = new File(basedir, 'target')
def log = checks.log(basedir)
assert (log =~ /BUILD SUCCESS/).count == 2
assert !log.contains(' in the POM, so -D') : 'the snippet sets no parameter in <configuration>: nothing is shadowed'

// each run's manifest, kept by the it-records profile under the count the run was given
[500, 120].each { count ->
    def manifest = checks.readManifest(new File(target, "manifests/${count}"))
    assert manifest.count == count && manifest.seed == 42 : "run with count ${count}: manifest says ${manifest.count}"
}
assert log =~ /Generated customers\.json=500(, [a-z.-]+=\d+)* \(seed 42\)/
assert log =~ /Generated customers\.json=120(, [a-z.-]+=\d+)* \(seed 42\)/
// check ran after the tests, on each run's dataset
assert (log =~ /All \d+ quality checks passed \(0 skipped\)/).count == 2
def last = new File(target, 'synthetic-customers')
assert checks.readJson(new File(last, 'customers.json')).size() == 120
checks.assertManifestMatches(last)

// the test ran and passed in both runs (each run's reports in surefire-reports-<count>)
[500, 120].each { count ->
    def report = new File(target, "surefire-reports-${count}/TEST-com.example.CustomersTest.xml")
    assert report.isFile() : "no test report of the run with count ${count}"
    def suite = new XmlSlurper().parse(report)
    assert suite.@tests.toInteger() == 2 && suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 &&
            suite.@skipped.toInteger() == 0 : "run with count ${count}: ${suite.attributes()}"
}
true // the invoker reads a non-null result other than true as failure
