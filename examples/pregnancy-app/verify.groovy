// Run by the repository's it module after `mvn verify`: the app's dataset generated, checked and reported, with the
// app's own phases, steps and personas in report.html and none of the built-in ones.
def out = new File(basedir, 'target/synthetic-customers')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /Tests run: 6, Failures: 0, Errors: 0, Skipped: 0/
// epidemiology judges reference rates only: the app's factors have none, so it is skipped
assert log =~ /\d+ of \d+ quality checks passed, 1 skipped \(epidemiology\); none failed/
// names as the report writes them: a display name, or an id as words
def report = new File(out, 'report.html').getText('UTF-8').toLowerCase(Locale.ROOT)
['teen parents', 'first-time mothers', 'experienced mothers', 'kick counts', 'mood screen', 'advanced maternal age']
        .each { assert report.contains(it) : "report.html shows $it" }
['health-aware avoiders', 'initial discovery', 'risk follow up', 'overwhelmed']
        .each { assert !report.contains(it) : "report.html shows no default $it" }
def quality = new groovy.json.JsonSlurper().parse(new File(out, 'quality.json'), 'UTF-8')
assert quality.passed == true
def csv = new File(out, 'customers.csv').readLines('UTF-8')
assert csv[0].contains('attribute_weeks_pregnant') && csv[0].contains('attribute_planned_birth')
assert csv.size() == 501
true
