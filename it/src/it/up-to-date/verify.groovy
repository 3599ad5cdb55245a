// A second run with unchanged inputs writes nothing, says so, and leaves every file's modification time.
import java.text.SimpleDateFormat

def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def lines = checks.log(basedir).readLines()
def stamped = lines.findAll { it ==~ /^\d{17} .*/ }
assert !stamped.isEmpty() : 'the second run should log with timestamps'
long secondRunStart = new SimpleDateFormat('yyyyMMddHHmmssSSS').parse(stamped[0].substring(0, 17)).time

def generated = lines.findAll { it =~ /Generated customers\.json=60, customers\.csv=60(, [a-z.-]+=\d+)* \(seed 42\)/ }
def upToDate = lines.findAll { it =~ /Synthetic customers in .* are up to date/ }
assert generated.size() == 1 && !(generated[0] ==~ /^\d{17} .*/) : 'first run generates'
assert upToDate.size() == 1 && upToDate[0] ==~ /^\d{17} .*/ : 'second run is up to date'

assert out.list().toList().containsAll(['customers.json', 'customers.csv', 'manifest.json'])
out.list().each { name ->
    def f = new File(out, name)
    assert f.lastModified() < secondRunStart : "${name} was touched by the second run"
}
checks.assertManifestMatches(out)
// still a test resource when nothing was generated
