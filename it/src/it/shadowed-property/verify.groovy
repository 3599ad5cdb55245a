// A user property the POM shadows is named in one warning line, for the parameter the POM sets, with both values;
// the POM's value is the one used. A property the POM takes through ${...}, or gives the same value, is not warned.
import groovy.json.JsonSlurper

def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def lines = checks.log(basedir).readLines()
assert lines.any { it.contains('BUILD SUCCESS') }

def expected = "[WARNING] Parameter count is set to 40 in the POM, so -Dsynthetic.count=60 is ignored; to let the" +
        " command line override it, set <synthetic.count>40</synthetic.count> in <properties> and remove <count> from" +
        " the plugin's <configuration>."
def shadowed = lines.findAll { it.contains(' in the POM, so -D') }
// generate has count; check has not, so it warns about nothing
assert shadowed == [expected] : shadowed

// the POM's count was used; the seed came from the command line through ${synthetic.seed}
def manifest = checks.readManifest(out)
assert manifest.count == 40 && manifest.seed == 7 : "count ${manifest.count}, seed ${manifest.seed}"
assert checks.readJson(new File(out, 'customers.json')).size() == 40
assert lines.any { it =~ /Generated customers\.json=40(, [a-z.-]+=\d+)* \(seed 7\)/ }
