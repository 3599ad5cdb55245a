// A configuration file adds a sixth persona: its share is honoured exactly and its age range respected.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def customers = checks.readJson(new File(out, 'customers.json'))
assert customers.size() == 200
assert checks.countBy(customers) { it.persona_type } == [
        balanced_life_integrator: 40, caregiver: 10, health_aware_avoider: 50, healthcare_professional: 30,
        overlooked_risk_group: 20, structured_system_seeker: 50]
customers.findAll { it.persona_type == 'caregiver' }.each { assert it.demographics.age in 35..55 }
checks.assertSafe(customers)
checks.assertManifestMatches(out)
assert checks.log(basedir) =~ /Generated customers\.json=200\b.* \(seed 42\)/
