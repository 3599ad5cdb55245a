// Assertions shared by the IT verify scripts: def checks = evaluate(new File(itLib, 'Checks.groovy'))
import groovy.json.JsonSlurper

List readJson(File file) {
    assert file.isFile() : "missing ${file}"
    new JsonSlurper().parse(file, 'UTF-8') as List
}

Map readManifest(File dir) {
    def file = new File(dir, 'manifest.json')
    assert file.isFile() : "missing ${file}"
    new JsonSlurper().parse(file, 'UTF-8') as Map
}

Map countBy(List records, Closure key) {
    def counts = new TreeMap()
    records.each { r -> def k = key(r); counts[k] = (counts[k] ?: 0) + 1 }
    counts
}

/** guide: guarantees.md: the default 500 customers have exactly these persona, age-decade and risk counts. */
void assertDefaultDistribution(List customers) {
    assert customers.size() == 500
    assert countBy(customers) { it.persona_type } == [
            balanced_life_integrator: 100, health_aware_avoider: 150, healthcare_professional: 75,
            overlooked_risk_group: 50, structured_system_seeker: 125]
    assert countBy(customers) { ((int) (it.demographics.age / 10)) * 10 } == [20: 70, 30: 250, 40: 165, 50: 15]
    assert countBy(customers) { it.risk_level } == [low: 355, moderate: 145]
}

/** guide: guarantees.md: reserved email domains and fictional 555-01xx phone numbers only; ids unique. */
void assertSafe(List customers) {
    customers.each { c ->
        assert c.demographics.email ==~ /[^@\s]+@(example\.com|example\.org|([a-z0-9-]+\.)*test)/ : c.demographics.email
        assert c.demographics.phone ==~ /.*555-01\d\d/ : c.demographics.phone
    }
    assert customers*.id.toSet().size() == customers.size()
}

/** Nothing half-written: no temporary file anywhere under the directory (when it exists). */
void assertNoTemporaryFiles(File dir) {
    if (dir.exists()) {
        def temps = []
        dir.eachFileRecurse { if (it.name.endsWith('.tmp')) temps << it }
        assert temps.isEmpty() : "temporary files left behind: ${temps}"
    }
}

/** Every file the manifest lists exists with its recorded size and SHA-256. */
void assertManifestMatches(File dir) {
    def manifest = readManifest(dir)
    (manifest.files + (manifest.schemas ?: []) + (manifest.derived ?: [])).each { f ->
        def file = new File(dir, f.file)
        assert file.isFile() : "manifest lists missing ${file}"
        assert file.length() == f.bytes
        assert java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() == f.sha256
    }
}

String log(File basedir) {
    new File(basedir, 'build.log').getText('UTF-8')
}

this
