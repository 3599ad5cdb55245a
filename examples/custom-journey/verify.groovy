// Run by the repository's it module after `mvn verify`: check passed on the programme's own journey and
// report.html shows the programme's phases and steps, not the built-in ones.
def out = new File(basedir, 'target/synthetic-customers')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
// epidemiology judges only age bands of 30 or more customers; the programme's narrow age range may leave none
assert log =~ /(All \d+ quality checks passed|\d+ of \d+ quality checks passed, 1 skipped \(epidemiology\); none failed)/
// the report writes display names, and ids as words: coached_participant is "coached participant"
def report = new File(out, 'report.html').getText('UTF-8').toLowerCase(Locale.ROOT)
['enrolment', 'practice', 'maintenance', 'eligibility check', 'weekly weigh in', 'coached participant',
 'embarrassed'].each { assert report.contains(it) : "report.html shows $it" }
['initial discovery', 'stability monitoring', 'overwhelmed'].each { assert !report.contains(it) : "no default $it" }
def quality = new groovy.json.JsonSlurper().parse(new File(out, 'quality.json'), 'UTF-8')
assert quality.passed == true
def phases = quality.checks.find { it.name == 'journey_phases' }
assert phases.measurements*.subject.containsAll(['enrolment.completion_rate', 'practice.distressed_share',
        'maintenance.stability', 'transition.enrolment_to_practice'])
true
