// The plugin writes the fhir format with its own dependencies: one NDJSON file per resource type, listed in the
// manifest, checked by digest; HAPI FHIR's logging goes to Maven's log, without SLF4J binding warnings.
import groovy.json.JsonSlurper
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def log = checks.log(basedir)
assert log.contains('BUILD SUCCESS')
assert !log.contains('SLF4J') : 'an SLF4J warning in the build log'
def manifest = checks.readManifest(out)
assert manifest.formats == ['fhir', 'jsonl']
def fhirFiles = manifest.files.findAll { it.format == 'fhir' }*.file
assert fhirFiles == ['Patient.ndjson', 'Condition.ndjson', 'Observation.ndjson', 'FamilyMemberHistory.ndjson',
                     'Goal.ndjson', 'EpisodeOfCare.ndjson', 'Encounter.ndjson']
def patients = new File(out, 'Patient.ndjson').readLines('UTF-8')
assert patients.size() == 100
def first = new JsonSlurper().parseText(patients[0])
assert first.resourceType == 'Patient' && first.identifier[0].value == 'cus-000001'
assert log =~ /All (\d+) quality checks passed \(0 skipped\)/
checks.assertManifestMatches(out)
checks.assertNoTemporaryFiles(out)
