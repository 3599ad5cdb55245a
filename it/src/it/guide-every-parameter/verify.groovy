// The guide's plugin page quotes this POM: with every parameter written out it generates, checks and reports.
import groovy.json.JsonSlurper
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def log = checks.log(basedir)
assert log.contains('BUILD SUCCESS')
def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'), 'UTF-8')
assert manifest.seed == 42 && manifest.count == 500
assert manifest.config.name == 'personas.yaml'
def quality = new JsonSlurper().parse(new File(out, 'quality.json'), 'UTF-8')
assert quality.passed == true
assert new File(out, 'report.html').isFile() && new File(out, 'analysis.json').isFile()
def customers = new JsonSlurper().parse(new File(out, 'customers.json'), 'UTF-8')
assert customers.count { it.persona_type == 'caregiver' } == 25
checks.assertManifestMatches(out)
