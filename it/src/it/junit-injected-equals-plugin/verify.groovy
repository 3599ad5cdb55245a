// Under JUnit 5.10, the build's version and 6.x: the injected records, written by core's writer, are the
// plugin's files byte for byte (manifest included), and the whole suite passed on the requested version.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def target = new File(basedir, 'target')
def plugin = new File(target, 'synthetic-customers')
def manifest = checks.readManifest(plugin)
assert manifest.seed == 7 && manifest.count == 120 && manifest.formats == ['json', 'jsonl']
checks.assertManifestMatches(plugin)
// run 2 takes the build's JUnit version (filtered into the pom), so find it from what ran
def versions = target.list().findAll { it.startsWith('injected-') }.collect { it - 'injected-' }.sort()
assert versions.size() == 3 && versions.containsAll(['5.10.3', '6.1.3']) : versions
versions.each { v ->
    def injected = new File(target, "injected-${v}")
    assert injected.isDirectory() : "run with JUnit ${v} wrote no injected dataset"
    assert injected.list().toList().sort() == plugin.list().toList().sort()
    plugin.list().each { name ->
        assert new File(injected, name).bytes == new File(plugin, name).bytes : "JUnit ${v}: ${name} differs"
    }
    assert new File(target, "junit-ran-${v}.txt").text == v
    def reports = new File(target, "surefire-reports-${v}")
    def suites = reports.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
    def total = 0
    suites.each { f ->
        // count the testcase elements: surefire files a @Nested class's counts under the outer suite
        def text = f.text
        assert !(text =~ /<(failure|error|skipped)\b/) : "JUnit ${v}: ${f.name}"
        total += (text =~ /<testcase /).size()
    }
    // 1 equality test; suite: 3 tests + 5 customer + 3 scenario invocations + 1 nested
    assert total == 1 + 3 + 5 + 3 + 1 : "JUnit ${v}: ${total} tests"
}
true
